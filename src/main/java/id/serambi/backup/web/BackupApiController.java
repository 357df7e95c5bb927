package id.serambi.backup.web;

import java.net.URI;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.serambi.backup.BackupFile;
import id.serambi.backup.BackupService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/backups")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Backups", description = "Backups of the running server (administrator)")
class BackupApiController {

    private final BackupService backups;

    BackupApiController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping
    @Operation(summary = "Make a backup now, while the server keeps serving (without the data key)")
    ResponseEntity<BackupFile> create() {
        BackupFile made = backups.create();
        return ResponseEntity.created(URI.create("/api/v1/backups/" + made.name())).body(made);
    }

    @GetMapping
    @Operation(summary = "The backups kept by the server, newest first")
    List<BackupFile> list() {
        return backups.list();
    }

    @GetMapping("/{name}")
    @Operation(summary = "Download a backup (zip)")
    ResponseEntity<Resource> download(@PathVariable String name) {
        return BackupDownload.of(backups.file(name));
    }
}
