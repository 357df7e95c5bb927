package id.serambi.accounts.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.serambi.shared.Messages;

class AdminBootstrapTest {

    private final StaffRepository staff = mock(StaffRepository.class);

    @Test
    void aWeakAdministratorPasswordStopsTheFirstStartWithTheReason() {
        when(staff.adminExists()).thenReturn(false);

        assertThatThrownBy(() -> bootstrap("1234567890").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SERAMBI_ADMIN_PASSWORD")
                .hasMessageContaining("repeated or sequential characters");
        assertThatThrownBy(() -> bootstrap("password12").afterSingletonsInstantiated())
                .hasMessageContaining("most common passwords");
        verify(staff, never()).insertAccount(anyString(), anyString(), anyString(), anyBoolean());
    }

    @Test
    void aStrongPasswordCreatesTheAdministrator() {
        when(staff.adminExists()).thenReturn(false);

        bootstrap("kucing hitam di atas genteng").afterSingletonsInstantiated();

        verify(staff).insertAccount(org.mockito.ArgumentMatchers.eq("admin"), anyString(),
                org.mockito.ArgumentMatchers.eq("Administrator"), org.mockito.ArgumentMatchers.eq(true));
    }

    private AdminBootstrap bootstrap(String password) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setDefaultLocale(Locale.forLanguageTag("id"));
        return new AdminBootstrap(staff, new BCryptPasswordEncoder(4),
                new TransactionTemplate(mock(PlatformTransactionManager.class)), new Messages(source), "admin",
                password);
    }
}
