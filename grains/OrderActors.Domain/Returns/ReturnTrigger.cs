namespace OrderActors.Domain.Returns;

/// <summary>What happened to a return; the state machine decides whether it moves the return.</summary>
public enum ReturnTrigger
{
    Receive = 0,

    /// <summary>QC with every unit passed.</summary>
    PassQc = 1,

    /// <summary>QC with some units passed and some failed.</summary>
    PartlyPassQc = 2,

    /// <summary>QC with every unit failed.</summary>
    FailQc = 3,

    Cancel = 4,
}
