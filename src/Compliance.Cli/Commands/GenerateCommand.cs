using System.CommandLine;
using System.Globalization;
using System.Text;
using Compliance.Synthetic;

namespace Compliance.Cli.Commands;

/// <summary><c>compliance generate</c>: writes realistic synthetic crime records as JSON Lines.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var records = new Option<int>("--records")
        {
            Description = "How many records to write.",
            Required = true,
        };
        records.Validators.Add(result =>
        {
            // Read the token rather than the value: a token that is not a number already has its
            // own parse error, and asking for the value would throw.
            if (result.Tokens is [var token]
                && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && value < 0)
            {
                result.AddError($"--records must be zero or more, not {value}.");
            }
        });

        var seed = new Option<long>("--seed")
        {
            Description = "Seed of the generator: the same arguments always give the same bytes.",
            Required = true,
        };

        var scenario = new Option<string>("--scenario")
        {
            Description = "baseline: one force of ten ordinary units; sapphire: baseline plus the Southwark Sapphire unit of 2008-09.",
            DefaultValueFactory = _ => "baseline",
        };
        scenario.AcceptOnlyFromAmong("baseline", "sapphire");

        var output = new Option<FileInfo?>("--output")
        {
            Description = "File to write (JSON Lines, replaced if it exists); standard output when absent.",
        };

        var command = new Command("generate", """
            Write realistic synthetic crime records (JSON Lines, one record per line).

            Example:
              compliance generate --records 3000 --seed 2009 --scenario sapphire --output force.jsonl
            """)
        {
            records, seed, scenario, output,
        };
        command.SetAction(parse =>
        {
            var options = new GeneratorOptions
            {
                Records = parse.GetValue(records),
                Seed = parse.GetValue(seed),
                Scenario = parse.GetValue(scenario) == "sapphire" ? GeneratorScenario.Sapphire : GeneratorScenario.Baseline,
            };
            var file = parse.GetValue(output);
            return file is null
                ? WriteToOutput(options, parse.InvocationConfiguration.Output)
                : WriteToFile(options, file, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    private static int WriteToOutput(GeneratorOptions options, TextWriter output)
    {
        // The process's own standard output takes the bytes as they are (the generator writes
        // UTF-8); any other writer, such as a test's, gets them decoded. Both give the same text.
        using var stream = ReferenceEquals(output, Console.Out) ? Console.OpenStandardOutput() : new TextWriterStream(output);
        SyntheticRecords.WriteJsonLines(options, stream);
        return ExitCodes.Success;
    }

    private static int WriteToFile(GeneratorOptions options, FileInfo file, TextWriter error)
    {
        try
        {
            using var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write, FileShare.Read);
            SyntheticRecords.WriteJsonLines(options, stream);
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file.FullName}: cannot write: {exception.Message}");
            return ExitCodes.UsageOrInputError;
        }
    }

    /// <summary>
    /// Lets the generator's UTF-8 output reach a <see cref="TextWriter"/> (standard output, or the
    /// writer a test supplies through the invocation configuration) without holding it in memory.
    /// </summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        private char[] _chars = [];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var needed = _decoder.GetCharCount(buffer, flush: false);
            if (_chars.Length < needed)
            {
                _chars = new char[needed];
            }

            var written = _decoder.GetChars(buffer, _chars, flush: false);
            writer.Write(_chars, 0, written);
        }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
