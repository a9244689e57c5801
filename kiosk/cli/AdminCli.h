#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <QVector>

#include <memory>

class EventStore;
class QCommandLineParser;

// The `accueil` admin command line: `accueil [--db FILE] COMMAND [ARGS] [--json]`.
// Exit codes: 0 ok (for checkin: the person may enter), 2 usage error,
// 3 refused scan, 1 any other error with a message on stderr.
class AdminCli {
    Q_DECLARE_TR_FUNCTIONS(AdminCli)

public:
    enum ExitCode { Ok = 0, Failure = 1, Usage = 2, Refused = 3 };

    AdminCli(QTextStream &out, QTextStream &err);
    ~AdminCli();

    int run(const QStringList &arguments);

    // Where the event database is when --db is not given.
    static QString defaultDatabasePath();

private:
    struct Command;
    enum class Create { No, Yes };
    static const QVector<Command> &commands();
    static QString databasePath(const QCommandLineParser &parser);
    int usage(const QString &problem = QString());
    int commandHelp(const QVector<const Command *> &chosen);
    // Opens the event database; a missing one is an error unless create is Yes.
    bool openStore(const QCommandLineParser &parser, Create create = Create::No);
    QString deviceName(const QCommandLineParser &parser) const;
    void printJson(const QJsonValue &value);

    int init(QCommandLineParser &parser);
    int importAttendees(QCommandLineParser &parser);
    int importProgramme(QCommandLineParser &parser);
    int search(QCommandLineParser &parser);
    int checkin(QCommandLineParser &parser);
    int undo(QCommandLineParser &parser);
    int stats(QCommandLineParser &parser);
    int exportAttendance(QCommandLineParser &parser);
    int certificate(QCommandLineParser &parser);
    int generateAttendees(QCommandLineParser &parser);
    int decode(QCommandLineParser &parser);
    int keygen(QCommandLineParser &parser);
    int keys(QCommandLineParser &parser);
    int issue(QCommandLineParser &parser);
    int revoke(QCommandLineParser &parser);
    int badge(QCommandLineParser &parser);
    int print(QCommandLineParser &parser);
    int printers(QCommandLineParser &parser);
    int jobs(QCommandLineParser &parser);
    int enroll(QCommandLineParser &parser);
    int sync(QCommandLineParser &parser);
    int walkin(QCommandLineParser &parser);
    int edit(QCommandLineParser &parser);
    QString templateName(const QCommandLineParser &parser) const;
    QString printerName(const QCommandLineParser &parser) const;

    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<EventStore> m_store;
    bool m_json = false;
    bool m_progress = false; // progress lines on stderr: only on a terminal, never with --json
    QStringList m_arguments; // positional arguments after the command words
};
