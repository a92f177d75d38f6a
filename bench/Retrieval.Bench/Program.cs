using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FibroBot.Retrieval.Bench;

// "quality" prints the question-set scores for a corpus (handy while calibrating); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "quality")
{
    return QualityReport.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "triage-dev")
{
    return TriageDevReport.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "hybrid")
{
    return HybridReport.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "calibrate")
{
    return CalibrationReport.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "profile")
{
    return ProfileReport.Run(args[1..]);
}

// "inprocess" runs the short job inside this process with a long time limit: on a busy machine the generated
// project's build and the 100,000-passage set-up both outlast BenchmarkDotNet's default limits.
var config = DefaultConfig.Instance;
if (args.Length > 0 && args[0] == "inprocess")
{
    config = config.AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(40), logOutput: false)));
    args = args[1..];
}

BenchmarkSwitcher.FromAssembly(typeof(OurCorpusBenchmarks).Assembly).Run(args, config);
return 0;
