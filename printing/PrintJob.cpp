#include "printing/PrintJob.h"

QString PrintJob::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sent:
        return QStringLiteral("sent");
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
    for (State s : { State::Pending, State::Sent, State::Completed, State::Failed, State::Cancelled }) {
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
        { QStringLiteral("reprint"), reprint }, { QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("updated_at"), updatedAt.toString(Qt::ISODateWithMs) } };
}
