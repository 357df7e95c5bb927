package id.serambi.libraries.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.DocumentType;
import id.serambi.libraries.EligibilityRule;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.MemberCategory;
import id.serambi.shared.RememberedRows;

@Repository
public class MemberCategoryRepository {

    private final JdbcClient jdbc;
    /** Read by every registration (twice with its e-mail); written only when a library is set up. */
    private final RememberedRows<LibraryId, List<MemberCategory>> remembered =
            new RememberedRows<>(RememberedRows.SHARED_DATABASE_DELAY);

    MemberCategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MemberCategory> findAll(LibraryId library) {
        return remembered.get(library, this::read);
    }

    private List<MemberCategory> read(LibraryId library) {
        return jdbc.sql("""
                select code, name, required_documents, min_age, max_age, period_months, institution_required,
                       eligibility_rule, eligibility_region, active
                from member_category where library_id = ? order by position, code""")
                .param(library.value()).query(MemberCategoryRepository::map).list().stream().toList();
    }

    public void insert(LibraryId library, int position, MemberCategory category) {
        remembered.forget();
        EligibilityRule rule = category.eligibility();
        jdbc.sql("""
                insert into member_category (library_id, code, name, position, required_documents, min_age, max_age,
                       period_months, institution_required, eligibility_rule, eligibility_region, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(library.value(), category.code(), category.name(), position,
                        SqlArrays.of(category.requiredDocuments()), category.minAge(), category.maxAge(),
                        category.periodMonths(), category.institutionRequired(),
                        rule == null ? null : rule.type().name(), rule == null ? null : rule.regionCode(),
                        category.active())
                .update();
    }

    private static MemberCategory map(ResultSet rs, int row) throws SQLException {
        String rule = rs.getString("eligibility_rule");
        return new MemberCategory(rs.getString("code"), rs.getString("name"),
                SqlArrays.enums(rs, "required_documents", DocumentType::valueOf),
                (Integer) rs.getObject("min_age", Integer.class), rs.getObject("max_age", Integer.class),
                rs.getInt("period_months"), rs.getBoolean("institution_required"),
                rule == null ? null : new EligibilityRule(EligibilityRule.Type.valueOf(rule),
                        rs.getString("eligibility_region")),
                rs.getBoolean("active"));
    }
}
