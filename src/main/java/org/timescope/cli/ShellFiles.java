package org.timescope.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;

/**
 * Writes the files the package installs for the shell: bash completion (picocli's generator, from the same
 * model that parses the arguments), a zsh completion that loads it through zsh's bash compatibility, and the
 * man page. Run by the packaging script: {@code java -cp timescope.jar org.timescope.cli.ShellFiles DIR}.
 */
public final class ShellFiles {

    static final String BASH = "timescope.bash";
    static final String ZSH = "_timescope";
    static final String MAN = "timescope.1";

    private ShellFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ShellFiles DIR");
            System.exit(Cli.EXIT_USAGE);
        }
        write(Path.of(args[0]), "/opt/timescope/lib/app/" + BASH);
    }

    /** Writes the three files into {@code dir}; the zsh file sources the bash one from {@code installedBash}. */
    static void write(Path dir, String installedBash) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(BASH), bash(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ZSH), zsh(installedBash), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(MAN), ManPage.of(Cli.commandLine(), new Version().getVersion()[0]),
                StandardCharsets.UTF_8);
    }

    static String bash() {
        return AutoComplete.bash("timescope", Cli.commandLine());
    }

    /** zsh finds completions by file name ({@code _timescope}); this one defines them with the bash script. */
    static String zsh(String installedBash) {
        return "#compdef timescope\n"
                + "# zsh completion for timescope: the bash completion (picocli) through zsh's bashcompinit\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"
                + "source " + installedBash + "\n"
                + "_bash_complete -F _complete_timescope \"$@\"\n";
    }
}
