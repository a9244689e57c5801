#include "printing/PrintJob.h"

namespace {

constexpr PrintJob::State allStates[] = { PrintJob::State::Pending, PrintJob::State::Sending, PrintJob::State::Sent,
    PrintJob::State::Held, PrintJob::State::Uncertain, PrintJob::State::Lost, PrintJob::State::Completed,
    PrintJob::State::Failed, PrintJob::State::Cancelled };

} // namespace

QString PrintJob::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Held:
        return QStringLiteral("held");
    case State::Uncertain:
        return QStringLiteral("uncertain");
    case State::Lost:
        return QStringLiteral("lost");
    case State::Completed:
        return QStringLiteral("completed");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

PrintJob::State PrintJob::stateFromName(const QString &name)
{
    for (State s : allStates) {
        if (stateName(s) == name)
            return s;
    }
    return State::Pending;
}

QJsonObject PrintJob::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("attendee_id"), attendeeId },
        { QStringLiteral("template"), templateName }, { QStringLiteral("printer"), printer },
        { QStringLiteral("state"), stateName(state) }, { QStringLiteral("cups_job_id"), cupsJobId },
        { QStringLiteral("attempts"), attempts }, { QStringLiteral("last_error"), lastError },
        { QStringLiteral("reprint"), reprint }, { QStringLiteral("unattended"), unattended },
        { QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("updated_at"), updatedAt.toString(Qt::ISODateWithMs) } };
}
