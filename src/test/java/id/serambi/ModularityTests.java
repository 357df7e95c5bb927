package id.serambi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(SerambiApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicFaces() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
