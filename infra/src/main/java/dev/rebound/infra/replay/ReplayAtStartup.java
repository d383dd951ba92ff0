package dev.rebound.infra.replay;

import dev.rebound.api.admin.command.ReplayReadModel;
import dev.rebound.api.admin.query.FindReadModels;
import dev.rebound.api.admin.query.ReadModelStatus;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import java.util.List;

/**
 * The command-line switch {@code --rebound.replay=timeline,todo} (or {@code all}; environment variable
 * {@code REBOUND_REPLAY}): rebuilds the named read models once the application has started, while it serves.
 */
class ReplayAtStartup implements ApplicationRunner {

    private final ReadModelReplays replays;
    private final List<String> names;

    ReplayAtStartup(ReadModelReplays replays, List<String> names) {
        this.replays = replays;
        this.names = names;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> targets = names.contains("all")
                ? replays.handle(new FindReadModels()).items().stream().map(ReadModelStatus::name).toList()
                : names;
        targets.forEach(name -> replays.handle(new ReplayReadModel(name.strip())));
    }
}
