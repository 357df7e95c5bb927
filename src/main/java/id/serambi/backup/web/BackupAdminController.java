package id.serambi.backup.web;

import java.time.ZoneId;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.serambi.backup.BackupFile;
import id.serambi.backup.BackupProperties;
import id.serambi.backup.BackupService;

/** The administrator's backup page (the URL space {@code /admin} is for ADMIN only). */
@Controller
@RequestMapping("/admin/backups")
class BackupAdminController {

    private final BackupService backups;
    private final String schedule;
    private final ZoneId zone;

    BackupAdminController(BackupService backups, BackupProperties settings) {
        this.backups = backups;
        this.schedule = settings.schedule();
        this.zone = settings.zone();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("backups", backups.list());
        model.addAttribute("keep", backups.keep());
        model.addAttribute("schedule", schedule);
        model.addAttribute("zone", zone);
        model.addAttribute("keyLocation", backups.keyLocation());
        return "backup/admin";
    }

    @PostMapping
    String create(RedirectAttributes redirect) {
        BackupFile made = backups.create();
        redirect.addFlashAttribute("notice", "backup.created");
        redirect.addFlashAttribute("noticeArg", made.name());
        return "redirect:/admin/backups";
    }

    @GetMapping("/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        return BackupDownload.of(backups.file(name));
    }
}
