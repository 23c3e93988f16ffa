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
/// input is never read after its owner closed it.
/// </remarks>
internal sealed class BatchReader : IDisposable
{
    private readonly IEnumerable<ReadResult> _input;
    private readonly int _batchSize;
    private readonly BlockingCollection<ReadResult[]> _ready;
    private readonly CancellationTokenSource _stop = new();
    private Task? _reading;
    private ExceptionDispatchInfo? _failure;

    public BatchReader(IEnumerable<ReadResult> input, int batchSize, int batchesAhead)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchesAhead, 1);
        _input = input;
        _batchSize = batchSize;
        _ready = new BlockingCollection<ReadResult[]>(batchesAhead);
    }

    /// <summary>The batches, in input order; the last may be short. Enumerate once.</summary>
    public IEnumerable<ReadResult[]> Read()
    {
        if (_reading is not null)
        {
            throw new InvalidOperationException("The batches can be read once.");
        }

        _reading = Task.Factory.StartNew(Produce, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        foreach (var batch in _ready.GetConsumingEnumerable())
        {
            yield return batch;
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

        _ready.Dispose();
        _stop.Dispose();
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
        }
    }
}
