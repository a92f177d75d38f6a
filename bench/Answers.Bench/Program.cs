using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(FibroBot.Bench.Answers.AnswerPipelineBenchmark).Assembly).Run(args);
