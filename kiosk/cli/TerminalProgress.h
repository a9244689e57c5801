#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

class QTextStream;

// One line of progress on a terminal ("Importing attendees: 45 000 of 100 000
// (45 %)"), redrawn at most ten times a second and erased when done. Disabled,
// it writes nothing: scripts and --json never see it.
class TerminalProgress {
    Q_DECLARE_TR_FUNCTIONS(TerminalProgress)

public:
    TerminalProgress(QTextStream &err, bool enabled, const QString &label);
    ~TerminalProgress();

    void update(qint64 done, qint64 total);
    // A stage without a count ("Writing the PDF…").
    void status(const QString &text);
    void finish();

    // Whether stderr is a terminal (not a pipe, a file or a test's process).
    static bool stderrIsTerminal();

private:
    void draw(const QString &line);

    QTextStream &m_err;
    bool m_enabled;
    QString m_label;
    QElapsedTimer m_sinceDraw;
    bool m_drawn = false;
};
