#include "sync/DeviceState.h"

#include <QJsonValue>

#include <cmath>

namespace {

// One line of text as it may be shown on the hub: no control or format
// characters, spaces simplified, at most `length` characters.
QString cleaned(const QString &text, int length)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        const bool hidden = category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
        clean.append(hidden ? QLatin1Char(' ') : c);
    }
    return clean.simplified().left(length);
}

// A count: a whole number from 0; above maxCount it is maxCount.
bool count(const QJsonValue &v, const char *key, int *out, QString *error)
{
    const double n = v.toDouble(-1);
    if (!v.isDouble() || n < 0 || n != std::floor(n)) {
        *error = QStringLiteral("\"%1\" must be a whole number from 0").arg(QLatin1String(key));
        return false;
    }
    *out = n > DeviceState::maxCount ? DeviceState::maxCount : int(n);
    return true;
}

bool string(const QJsonObject &o, const char *key, QString *out, int length, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *error = QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key));
        return false;
    }
    *out = cleaned(v.toString(), length);
    return true;
}

} // namespace

const QStringList &DeviceState::problemKeys()
{
    static const QStringList keys { QStringLiteral("media-empty"), QStringLiteral("media-jam"),
        QStringLiteral("door-open"), QStringLiteral("offline"), QStringLiteral("stopped"), QStringLiteral("refusing"),
        QStringLiteral("unknown-queue"), QStringLiteral("other") };
    return keys;
}

QJsonObject DeviceState::toJson() const
{
    QJsonObject out { { QStringLiteral("events_waiting"), eventsWaiting },
        { QStringLiteral("badges_waiting"), badgesWaiting ? QJsonValue(*badgesWaiting) : QJsonValue() } };
    if (printer) {
        out.insert(QStringLiteral("printer"),
            QJsonObject { { QStringLiteral("queue"), printer->queue },
                { QStringLiteral("state"),
                    printer->problem.isEmpty() ? QStringLiteral("ready") : QStringLiteral("problem") },
                { QStringLiteral("problem"), printer->problem }, { QStringLiteral("message"), printer->message } });
    } else {
        out.insert(QStringLiteral("printer"), QJsonValue());
    }
    return out;
}

std::optional<DeviceState> DeviceState::fromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("\"state\" must be an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    DeviceState state;
    if (!count(o.value(QStringLiteral("events_waiting")), "events_waiting", &state.eventsWaiting, error))
        return std::nullopt;
    const QJsonValue badges = o.value(QStringLiteral("badges_waiting"));
    if (!badges.isUndefined() && !badges.isNull()) {
        int n = 0;
        if (!count(badges, "badges_waiting", &n, error))
            return std::nullopt;
        state.badgesWaiting = n;
    }
    const QJsonValue printerValue = o.value(QStringLiteral("printer"));
    if (printerValue.isUndefined() || printerValue.isNull())
        return state;
    if (!printerValue.isObject()) {
        *error = QStringLiteral("\"printer\" must be an object or null");
        return std::nullopt;
    }
    const QJsonObject p = printerValue.toObject();
    Printer printer;
    QString readiness;
    if (!string(p, "queue", &printer.queue, maxQueueLength, error) || !string(p, "state", &readiness, 20, error)
        || !string(p, "problem", &printer.problem, 40, error)
        || !string(p, "message", &printer.message, maxMessageLength, error))
        return std::nullopt;
    if (printer.queue.isEmpty()) {
        *error = QStringLiteral("a printer needs its \"queue\"");
        return std::nullopt;
    }
    if (readiness == QLatin1String("ready")) {
        printer.problem.clear();
    } else if (readiness == QLatin1String("problem")) {
        // A key this hub does not know yet (a newer device): still a problem.
        if (!problemKeys().contains(printer.problem))
            printer.problem = QStringLiteral("other");
    } else {
        *error = QStringLiteral("the printer's \"state\" must be ready or problem");
        return std::nullopt;
    }
    state.printer = printer;
    return state;
}
