using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TypedCorpus.Hosts;

/// <summary>
/// The command-line conventions of <c>typedcorpus</c> (src/TypedCorpus.Cli/Program.cs) for the other hosts (the fuzz
/// harness, the benchmarks): System.CommandLine subcommands with typed, validated arguments, <c>--help</c> on every command,
/// <c>--version</c>, a usage error as one line plus that command's usage on stderr. Exit codes: 0 ok, 1 failure, 2 usage.
/// </summary>
internal sealed class HostCommandLine(RootCommand root, IReadOnlyDictionary<string, string> usages)
{
    public const int Ok = 0, Failure = 1, UsageError = 2;

    /// <summary>Parses and runs <paramref name="args"/> (<c>help</c> alone is <c>--help</c>); returns the exit code.</summary>
    public int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        if (args.Length == 1 && args[0] == "help") args = new[] { "--help" };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
            return Fail(error, parse.CommandResult.Command.Name, parse.Errors[0].Message);
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (HostUsageException ex)
        {
            return Fail(error, ex.Command, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(error, parse.CommandResult.Command.Name, ex.Message);
        }
    }

    /// <summary>A usage error: one line, then the command's usage (the root's when the command has none).</summary>
    private int Fail(TextWriter error, string command, string message)
    {
        error.WriteLine(root.HelpName + ": " + Regex.Replace(message, @"\s*\n\s*", " "));
        error.WriteLine(usages.TryGetValue(command, out var usage) ? usage : usages[root.HelpName!]);
        return UsageError;
    }

    /// <summary>A whole number of at least <paramref name="min"/>, e.g. a corpus size.</summary>
    public static Argument<int> Count(string name, string description, int min = 1)
    {
        var count = new Argument<int>(name) { Description = description };
        count.Validators.Add(r =>
        {
            if (r.Tokens.Count > 0 && int.TryParse(r.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n < min) r.AddError($"{name} must be at least {min}, not {r.Tokens[0].Value}");
        });
        return count;
    }

    /// <summary>A number of seconds, more than zero, read with the invariant culture (<c>1.5</c> everywhere).</summary>
    public static Argument<double> Seconds(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = r =>
        {
            var token = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && double.IsFinite(seconds))
                return seconds;
            r.AddError($"{name} must be a number of seconds above 0, not '{token}'");
            return 0;
        },
    };

    /// <summary>One existing folder.</summary>
    public static Argument<string> Folder(string name, string description)
    {
        var folder = new Argument<string>(name) { Description = description };
        folder.Validators.Add(r =>
        {
            foreach (var t in r.Tokens.Where(t => !Directory.Exists(t.Value))) r.AddError($"no such folder '{t.Value}'");
        });
        return folder;
    }

    /// <summary>Existing files: one (<see cref="ArgumentArity.ExactlyOne"/>) or as many as <paramref name="arity"/> allows.</summary>
    public static Argument<T> Files<T>(string name, string description, ArgumentArity arity)
    {
        var files = new Argument<T>(name) { Description = description, Arity = arity };
        files.Validators.Add(r =>
        {
            foreach (var t in r.Tokens.Where(t => !File.Exists(t.Value))) r.AddError($"no such file '{t.Value}'");
        });
        return files;
    }

    /// <summary>
    /// Bare words accepted for compatibility with the hand-parsed command lines (<c>steps 1000 seed-sized</c>), in any order,
    /// each the same as the option <c>--WORD</c>.
    /// </summary>
    public static Argument<string[]> Words(params string[] words) => new Argument<string[]>("WORD")
    {
        Description = "the same as --" + string.Join(", --", words) + " (bare words of the older command line)",
        Arity = ArgumentArity.ZeroOrMore,
        HelpName = string.Join("|", words),
    }.AcceptOnlyFromAmong(words);

    /// <summary>An option <c>--NAME</c> of no value, with its bare word (see <see cref="Words"/>).</summary>
    public static Option<bool> Flag(string name, string description) => new("--" + name) { Description = description };

    /// <summary>Whether <paramref name="flag"/> is given, as an option or as its bare word among <paramref name="words"/>.</summary>
    public static bool IsSet(ParseResult r, Option<bool> flag, Argument<string[]> words) =>
        r.GetValue(flag) || (r.GetValue(words) ?? Array.Empty<string>()).Contains(flag.Name.TrimStart('-'), StringComparer.Ordinal);
}

/// <summary>A usage error of <see cref="Command"/>: reported as one line and the command's usage, exit code 2.</summary>
internal sealed class HostUsageException(string command, string message) : Exception(message)
{
    public string Command { get; } = command;
}
