using System.Text;
using System.Text.RegularExpressions;
using FibroBot.Retrieval.Passages;
using FibroBot.Safety;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FibroBot.Retrieval.Corpus;

/// <summary>
/// Loads the corpus (vetted Markdown with front matter, the seed catalog, the seed texts and the seed claims)
/// into a <see cref="CorpusCatalog"/>. Every problem found is collected; loading fails with all of them.
/// </summary>
public static partial class CorpusLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads the corpus or throws a <see cref="CorpusException"/> listing every problem.</summary>
    public static CorpusCatalog Load(CorpusLocations locations)
    {
        var (catalog, problems) = TryLoad(locations);
        return problems.Count == 0 ? catalog! : throw new CorpusException(problems);
    }

    /// <summary>Loads what can be loaded and returns every problem; the catalog is null when there are problems.</summary>
    public static (CorpusCatalog? Catalog, IReadOnlyList<CorpusProblem> Problems) TryLoad(CorpusLocations locations)
    {
        var problems = new List<CorpusProblem>();
        var sources = new List<SourceDocument>();
        var brokenVettedIds = new HashSet<string>(StringComparer.Ordinal);
        var topics = LoadTopics(locations.TopicsPath, problems);
        LoadVetted(locations, topics, sources, brokenVettedIds, problems);
        LoadSeeds(locations, topics, sources, problems);
        ReportDuplicateIds(sources, problems);

        var passages = sources.SelectMany(PassageBuilder.Build).ToList();
        var claims = LoadSeedClaims(locations, sources, brokenVettedIds, problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var catalog = new CorpusCatalog(sources, passages, claims, topics);
        foreach (var claim in claims.Where(c => catalog.FindAnchorPassage(c) is null))
        {
            problems.Add(new CorpusProblem(CorpusLocations.SeedClaimsFile, $"{claim.SourceId}: anchor",
                $"'{claim.Anchor}' lies only in web boilerplate that is never retrieved"));
        }

        return problems.Count == 0 ? (catalog, problems) : (null, problems);
    }

    private static void LoadVetted(CorpusLocations locations, TopicRegistry registry, List<SourceDocument> sources, HashSet<string> brokenIds, List<CorpusProblem> problems)
    {
        var folder = Path.Combine(locations.CorpusPath, CorpusLocations.VettedFolder);
        if (!Directory.Exists(folder))
        {
            problems.Add(new CorpusProblem(CorpusLocations.VettedFolder, null, $"folder not found at {folder}"));
            return;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var file = $"{CorpusLocations.VettedFolder}/{Path.GetFileName(path)}";
            if (ReadText(path, file, problems) is { } text && ParseVetted(text, file, registry, problems) is { } source)
            {
                sources.Add(source);
            }
            else
            {
                brokenIds.Add(Path.GetFileNameWithoutExtension(path));   // its own problems say why; claims citing it need not repeat it
            }
        }
    }

    private static SourceDocument? ParseVetted(string text, string file, TopicRegistry registry, List<CorpusProblem> problems)
    {
        var match = FrontMatter().Match(text);
        if (!match.Success)
        {
            problems.Add(new CorpusProblem(file, "front matter", "missing: the file must start with a '---' line, the YAML fields, and a closing '---' line"));
            return null;
        }

        if (ParseYaml(match.Groups["yaml"].Value, file, problems) is not { } root)
        {
            return null;
        }

        if (root is not YamlMappingNode mapping)
        {
            problems.Add(new CorpusProblem(file, "front matter", "must be a mapping of field: value lines"));
            return null;
        }

        var before = problems.Count;
        var fields = new YamlFields(mapping, file, string.Empty, problems);
        var id = Id(fields);
        var title = fields.RequiredString("title");
        var publisher = fields.RequiredString("publisher");
        var year = fields.Year("year", mustBePresent: true);
        var url = Url(fields);
        var label = fields.Label("label");
        var topics = Topics(fields, registry);
        var note = fields.RequiredString("quality_note");
        Written(fields);
        fields.ReportUnknownFields();

        var body = match.Groups["body"].Value.Trim();
        if (body.Length == 0)
        {
            problems.Add(new CorpusProblem(file, "body", "empty: write the summary below the front matter"));
        }

        foreach (var (field, value) in new[] { ("title", title), ("quality_note", note), ("body", body) })
        {
            if (value is not null && FirstDoseSentence(value) is { } sentence)
            {
                problems.Add(new CorpusProblem(file, field, $"dose or schedule text in a vetted document: \"{sentence}\""));
            }
        }

        return problems.Count > before
            ? null
            : new SourceDocument(id!, title!, publisher!, url, year, SourceKind.Vetted, topics, label!.Value, note!, body);
    }

    private static void LoadSeeds(CorpusLocations locations, TopicRegistry registry, List<SourceDocument> sources, List<CorpusProblem> problems)
    {
        const string file = CorpusLocations.SeedsCatalogFile;
        var entries = ReadYamlList(Path.Combine(locations.CorpusPath, file), file, problems);
        var catalogued = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
        {
            var before = problems.Count;
            var fields = new YamlFields(entry, file, $"entry {index + 1}: ", problems);
            var id = Id(fields);
            var seedFile = fields.RequiredString("file");
            var title = fields.RequiredString("title");
            var publisher = fields.RequiredString("publisher");
            var url = Url(fields);
            var year = fields.Year("year", mustBePresent: false);
            var label = fields.Label("label");
            var topics = Topics(fields, registry);
            var note = fields.RequiredString("quality_note");
            fields.ReportUnknownFields();

            string? body = null;
            if (seedFile is not null)
            {
                catalogued.Add(seedFile);
                if (seedFile != Path.GetFileName(seedFile))
                {
                    fields.Report("file", $"'{seedFile}' must be a file name inside the seeds folder, without a path");
                }
                else if (File.Exists(Path.Combine(locations.SeedsPath, seedFile)))
                {
                    body = ReadText(Path.Combine(locations.SeedsPath, seedFile), $"seeds/{seedFile}", problems);
                }
                else
                {
                    fields.Report("file", $"seed text '{seedFile}' not found in {locations.SeedsPath}");
                }
            }

            if (problems.Count == before && body is not null)
            {
                sources.Add(new SourceDocument(id!, title!, publisher!, url, year, SourceKind.Seed, topics, label!.Value, note!, body));
            }
        }

        if (Directory.Exists(locations.SeedsPath))
        {
            foreach (var orphan in Directory.EnumerateFiles(locations.SeedsPath).Select(Path.GetFileName).Where(f => !catalogued.Contains(f!)).Order(StringComparer.Ordinal))
            {
                problems.Add(new CorpusProblem(file, orphan, "seed text has no catalog entry"));
            }
        }
    }

    private static List<SeedClaim> LoadSeedClaims(CorpusLocations locations, List<SourceDocument> sources, HashSet<string> brokenVettedIds, List<CorpusProblem> problems)
    {
        const string file = CorpusLocations.SeedClaimsFile;
        var path = Path.Combine(locations.CorpusPath, file);
        var claims = new List<SeedClaim>();
        if (!File.Exists(path))
        {
            return claims;   // No claims yet is a valid corpus; a present but broken file is not.
        }

        var byId = sources.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (entry, index) in ReadYamlList(path, file, problems).Select((e, i) => (e, i)))
        {
            var before = problems.Count;
            var fields = new YamlFields(entry, file, $"entry {index + 1}: ", problems);
            var seed = fields.RequiredString("seed");
            var anchor = fields.RequiredString("anchor");
            var claim = fields.RequiredString("claim");
            var verdict = fields.RequiredString("verdict");
            var note = fields.RequiredString("note");
            var vetted = fields.RequiredList("vetted");
            fields.ReportUnknownFields();

            if (verdict is not null and not ("contradicted" or "unsupported"))
            {
                fields.Report("verdict", $"'{verdict}' must be 'contradicted' or 'unsupported'");
            }

            if (seed is not null)
            {
                if (!byId.TryGetValue(seed, out var source) || source.Kind != SourceKind.Seed)
                {
                    fields.Report("seed", $"'{seed}' is not a seed id in {CorpusLocations.SeedsCatalogFile}");
                }
                else if (anchor is not null && !CorpusCatalog.Flatten(source.Body).Contains(CorpusCatalog.Flatten(anchor), StringComparison.Ordinal))
                {
                    fields.Report("anchor", $"'{anchor}' not found in the text of seed '{seed}'");
                }
            }

            foreach (var vettedId in vetted.Where(v => !brokenVettedIds.Contains(v) && (!byId.TryGetValue(v, out var s) || s.Kind != SourceKind.Vetted)))
            {
                fields.Report("vetted", $"'{vettedId}' is not a vetted source id");
            }

            foreach (var (field, value) in new[] { ("claim", claim), ("note", note) })
            {
                if (value is not null && FirstDoseSentence(value) is { } sentence)
                {
                    fields.Report(field, $"dose or schedule text: \"{sentence}\"");
                }
            }

            if (problems.Count == before)
            {
                claims.Add(new SeedClaim(seed!, anchor!, claim!, verdict!, note!, vetted));
            }
        }

        return claims;
    }

    private static string? Id(YamlFields fields)
    {
        var id = fields.RequiredString("id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            fields.Report("id", $"'{id}' must use only lowercase letters, digits and single '-' between them");
            return null;
        }

        return id;
    }

    private static string? Url(YamlFields fields)
    {
        var url = fields.OptionalString("url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            fields.Report("url", $"'{url}' is not an http(s) address");
            return null;
        }

        return url;
    }

    private static IReadOnlyList<string> Topics(YamlFields fields, TopicRegistry registry)
    {
        var topics = fields.RequiredList("topics");
        if (topics.Count > 0 && registry.Topics.Count > 0 && !registry.Contains(topics[0]))
        {
            fields.Report("topics", $"the first topic '{topics[0]}' is not in {CorpusLocations.TopicsFile} ({string.Join(", ", registry.Ids)})");
        }

        return topics;
    }

    private static void Written(YamlFields fields)
    {
        var written = fields.OptionalString("written");
        if (written is not null && !DateOnly.TryParseExact(written, "yyyy-MM-dd", out _))
        {
            fields.Report("written", $"'{written}' is not a date like 2026-11-21");
        }
    }

    private static void ReportDuplicateIds(List<SourceDocument> sources, List<CorpusProblem> problems)
    {
        foreach (var group in sources.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var kinds = string.Join(" and ", group.Select(s => s.Kind == SourceKind.Seed ? CorpusLocations.SeedsCatalogFile : $"a vetted document titled '{s.Title}'"));
            problems.Add(new CorpusProblem(group.First().Kind == SourceKind.Seed ? CorpusLocations.SeedsCatalogFile : CorpusLocations.VettedFolder,
                "id", $"duplicate id '{group.Key}' (used by {kinds})"));
        }
    }

    private static List<YamlMappingNode> ReadYamlList(string path, string file, List<CorpusProblem> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add(new CorpusProblem(file, null, $"unreadable file: not found at {path}"));
            return [];
        }

        if (ReadText(path, file, problems) is not { } text || ParseYaml(text, file, problems) is not { } root)
        {
            return [];
        }

        if (root is not YamlSequenceNode sequence)
        {
            problems.Add(new CorpusProblem(file, null, "must be a list of entries, each starting with '- '"));
            return [];
        }

        var entries = new List<YamlMappingNode>();
        foreach (var (node, index) in sequence.Children.Select((n, i) => (n, i)))
        {
            if (node is YamlMappingNode mapping)
            {
                entries.Add(mapping);
            }
            else
            {
                problems.Add(new CorpusProblem(file, $"entry {index + 1}", "must be a mapping of field: value lines"));
            }
        }

        return entries;
    }

    private static YamlNode? ParseYaml(string text, string file, List<CorpusProblem> problems)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                problems.Add(new CorpusProblem(file, null, "bad YAML: the file is empty"));
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            problems.Add(new CorpusProblem(file, $"line {ex.Start.Line}", $"bad YAML: {FirstLine(ex.Message)}"));
            return null;
        }
    }

    private static string? ReadText(string path, string file, List<CorpusProblem> problems)
    {
        try
        {
            return StrictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            problems.Add(new CorpusProblem(file, null, $"unreadable file: {FirstLine(ex.Message)}"));
            return null;
        }
    }

    private static string? FirstDoseSentence(string text) =>
        SentenceSplitter.Sentences(text.Replace('\n', ' ')).FirstOrDefault(DoseLanguage.ContainsDoseOrSchedule);

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"\A---[ \t]*\r?\n(?<yaml>.*?)\r?\n---[ \t]*(\r?\n(?<body>.*))?\z", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
