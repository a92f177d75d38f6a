using BenchmarkDotNet.Running;
using FibroBot.Retrieval.Bench;

// "quality" prints the question-set scores for a corpus (handy while calibrating); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "quality")
{
    return QualityReport.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(OurCorpusBenchmarks).Assembly).Run(args);
return 0;
