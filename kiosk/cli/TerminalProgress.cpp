#include "kiosk/cli/TerminalProgress.h"

#include <QLocale>
#include <QTextStream>

#include <unistd.h>

TerminalProgress::TerminalProgress(QTextStream &err, bool enabled, const QString &label)
    : m_err(err)
    , m_enabled(enabled)
    , m_label(label)
{
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

bool TerminalProgress::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

void TerminalProgress::update(qint64 done, qint64 total)
{
    if (!m_enabled)
        return;
    // Redraw at most every 100 ms, and always at the end.
    if (m_drawn && m_sinceDraw.elapsed() < 100 && done < total)
        return;
    const QLocale locale;
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    draw(tr("%1: %2 of %3 (%4 %)").arg(m_label, locale.toString(done), locale.toString(total)).arg(percent));
}

void TerminalProgress::status(const QString &text)
{
    if (m_enabled)
        draw(tr("%1: %2").arg(m_label, text));
}

void TerminalProgress::draw(const QString &line)
{
    // Carriage return and erase to the end of the line: the line is redrawn in place.
    m_err << "\r\x1b[K" << line;
    m_err.flush();
    m_sinceDraw.start();
    m_drawn = true;
}

void TerminalProgress::finish()
{
    if (!m_drawn)
        return;
    m_err << "\r\x1b[K";
    m_err.flush();
    m_drawn = false;
}
