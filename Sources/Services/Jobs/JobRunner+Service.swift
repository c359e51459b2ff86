import ServiceLifecycle

/// The runner as a service of the application's lifecycle: it looks for due jobs every `pollInterval` until the
/// server shuts down (a graceful shutdown cancels the current job's task and stops the loop).
public struct JobRunnerService: Service {
    let runner: JobRunner
    let pollInterval: Duration

    public init(runner: JobRunner, pollInterval: Duration = .seconds(5)) {
        self.runner = runner
        self.pollInterval = pollInterval
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await runner.runDueJobs()
                try? await Task.sleep(for: pollInterval)
            }
        }
    }
}
