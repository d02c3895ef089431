/// The `forebyg` command-line tool's entry point; the executable only calls ``main()``.
public enum ForebygCommandLine {
    /// Runs the tool with the process's arguments and exits with its status.
    public static func main() {
        print("forebyg: under construction")
    }
}
