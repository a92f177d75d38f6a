using System.Diagnostics;
using BenchmarkDotNet.Running;
using FibroBot.Bench.Answers;

// "profile [ROUNDS]" loops the benchmark's messages without BenchmarkDotNet, for a CPU profiler to attach to,
// and prints the processor time per message; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "profile")
{
    var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
    var benchmark = new AnswerPipelineBenchmark();
    benchmark.Setup();
    var messages = AnswerPipelineBenchmark.Messages.ToList();
    var before = Process.GetCurrentProcess().TotalProcessorTime;
    var (pausedBefore, allocatedBefore, collectionsBefore) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(), GC.CollectionCount(0));
    for (var round = 0; round < rounds; round++)
    {
        foreach (var message in messages)
        {
            benchmark.Message = message;
            benchmark.AnswerAndRender();
        }
    }

    var spent = Process.GetCurrentProcess().TotalProcessorTime - before;
    var count = rounds * messages.Count;
    Console.WriteLine(FormattableString.Invariant(
        $"messages={count} cpu_us_per_message={spent.TotalMicroseconds / count:0.0} allocated_kb_per_message={(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024.0 / count:0.0} gc_pause_us_per_message={(GC.GetTotalPauseDuration() - pausedBefore).TotalMicroseconds / count:0.0} gen0_collections={GC.CollectionCount(0) - collectionsBefore}"));
    benchmark.Cleanup();
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(AnswerPipelineBenchmark).Assembly).Run(args);
return 0;
