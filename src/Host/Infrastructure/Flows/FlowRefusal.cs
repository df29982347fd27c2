namespace LabFlow.Host.Infrastructure.Flows;

/// <summary>Why a flow could not be saved or published, so the API can answer 400, 404 or 409 and a page its message.</summary>
public enum FlowRefusal
{
    None,

    /// <summary>The document has errors (listed per JSON path).</summary>
    Invalid,

    /// <summary>The flow, its draft or its version does not exist.</summary>
    NotFound,

    /// <summary>A flow with that id exists already.</summary>
    AlreadyExists,
}
