using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Compliance.Rules.Reading;

namespace Compliance.Cli.Auditing;

/// <summary>
/// Enumerates the input on a thread of its own and hands it over in batches, in input order,
/// at most a bounded number of batches ahead of the consumer.
/// </summary>
/// <remarks>
/// Whatever the reading thread throws (an I/O error half way through a file) is thrown again to
/// the consumer after the batches read before it, so nothing read is lost and no error is hidden.
/// Disposing stops the reading thread (when the consumer gives up early) and waits for it, so the
/// input is never read after its owner closed it. Given the read's <see cref="SharedParsing"/>, the
/// consumer parses for the reading thread whenever it would otherwise wait for a batch.
/// </remarks>
internal sealed class BatchReader : IDisposable
{
    private readonly IEnumerable<ReadResult> _input;
    private readonly int _batchSize;
    private readonly BlockingCollection<ReadResult[]> _ready;
    private readonly CancellationTokenSource _stop = new();
    private readonly SharedParsing? _sharing;

    // Set when a batch is added, the batches end, or the reading thread posts parsing to share.
    private readonly ManualResetEventSlim _changed = new();
    private Task? _reading;
    private ExceptionDispatchInfo? _failure;

    /// <param name="input">The input, read on the reading thread.</param>
    /// <param name="batchSize">Results per batch.</param>
    /// <param name="batchesAhead">Batches read before the consumer takes them.</param>
    /// <param name="sharing">The parsing <paramref name="input"/> shares, or null.</param>
    public BatchReader(IEnumerable<ReadResult> input, int batchSize, int batchesAhead, SharedParsing? sharing = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchesAhead, 1);
        _input = input;
        _batchSize = batchSize;
        _ready = new BlockingCollection<ReadResult[]>(batchesAhead);
        _sharing = sharing;
        if (sharing is not null)
        {
            sharing.WorkPosted += _changed.Set;
        }
    }

    /// <summary>The batches, in input order; the last may be short. Enumerate once.</summary>
    public IEnumerable<ReadResult[]> Read()
    {
        if (_reading is not null)
        {
            throw new InvalidOperationException("The batches can be read once.");
        }

        _reading = Task.Factory.StartNew(Produce, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        while (true)
        {
            if (_ready.TryTake(out var batch))
            {
                yield return batch;
                continue;
            }

            if (_ready.IsCompleted)
            {
                break;
            }

            if (_sharing?.TryHelp() == true)
            {
                continue;
            }

            // Whatever is set after the checks above wakes this at once; what is set between the
            // wait and the reset is found by the checks of the next turn.
            _changed.Wait();
            _changed.Reset();
        }

        _failure?.Throw();
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _reading?.Wait();
        }
        catch (AggregateException)
        {
            // The reading thread reports its failure through _failure; nothing else is expected here.
        }

        if (_sharing is not null)
        {
            _sharing.WorkPosted -= _changed.Set;
        }

        _ready.Dispose();
        _stop.Dispose();
        _changed.Dispose();
    }

    private void Produce()
    {
        var batch = new List<ReadResult>(_batchSize);
        try
        {
            foreach (var item in _input)
            {
                batch.Add(item);
                if (batch.Count == _batchSize)
                {
                    _ready.Add([.. batch], _stop.Token);
                    _changed.Set();
                    batch.Clear();
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The consumer stopped early: nothing more is wanted.
            batch.Clear();
        }
        catch (Exception e)
        {
            // The items read before the failure still go to the consumer, then the failure.
            _failure = ExceptionDispatchInfo.Capture(e);
        }

        try
        {
            if (batch.Count > 0)
            {
                _ready.Add([.. batch], _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // As above.
        }
        finally
        {
            _ready.CompleteAdding();
            _changed.Set();
        }
    }
}
