using LabFlow.Activities.Labs;
using LabFlow.Host.Infrastructure.Persistence;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Host.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>A lab's flow instance row for the list and dashboard contract tests, which join a lab to it: only the columns they read matter.</summary>
internal static class LabInstanceRows
{
    public static Task<int> AddAsync(LabFlowTestNode node, Lab lab, string status, CancellationToken token) =>
        node.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<LabFlowDbContext>();
            db.Set<WorkflowInstanceRow>().Add(new WorkflowInstanceRow
            {
                Id = lab.Id,
                DefinitionId = lab.DefinitionId,
                DefinitionVersion = 1,
                Status = status,
                State = "{}",
                CreatedAt = lab.CreatedAt,
                UpdatedAt = lab.CreatedAt,
            });
            return await db.SaveChangesAsync(token);
        });
}
