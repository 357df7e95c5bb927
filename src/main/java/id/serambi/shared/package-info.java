/** Small building blocks every module uses: errors, messages, database start-up, staff identity, navigation. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package id.serambi.shared;

import org.springframework.modulith.ApplicationModule;
