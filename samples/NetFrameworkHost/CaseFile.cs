using System.Collections.Generic;
using Compliance.Rules.Annotations;

namespace NetFrameworkHost
{
    /// <summary>The grounds this system records for a cancellation.</summary>
    public enum CancellationGround
    {
        Cctv,
        Documentary,
        [InsufficientGrounds] VictimRetraction,
    }

    /// <summary>A crime record as this system holds it.</summary>
    public class CaseFile
    {
        private readonly List<string> _history = new List<string>();

        public string CrimeRef { get; set; }

        public IList<string> History { get { return _history; } }

        /// <summary>Cancels the record: the rationale, the grounds and the authoriser must be given.</summary>
        [ReclassifiesRecord]
        public void Cancel([JustificationField] string rationale, [JustificationField] CancellationGround[] grounds, [JustificationField] string authorisedBy)
        {
            _history.Add(CrimeRef + " cancelled by " + authorisedBy + ": " + rationale + " (" + grounds.Length + " grounds)");
        }
    }
}
