#include "printing/PrintQueueRunner.h"

#include "kiosk/core/EventStore.h"
#include "printing/CupsClient.h"
#include "printing/PrintQueue.h"

#include <QTimer>

#include <memory>

class PrintQueueWorker : public QObject {
    Q_OBJECT

public:
    PrintQueueWorker(QString path, QString templateName, QString printer)
        : m_path(std::move(path))
        , m_template(std::move(templateName))
        , m_printer(std::move(printer))
    {
    }

    void begin()
    {
        m_store = std::make_unique<EventStore>();
        if (!m_store->open(m_path)) {
            Q_EMIT printerProblem(m_printer, m_store->errorString());
            return;
        }
        m_queue = std::make_unique<PrintQueue>(*m_store, m_cups);
        m_queue->setUnattended(true); // a kiosk's badges wait for staff rather than print late
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &PrintQueueWorker::round);
        m_timer->start(1000);
        round();
    }

    void enqueue(const QString &attendeeId, bool reprint)
    {
        if (!m_queue)
            return;
        QString error;
        const QString id = reprint ? m_queue->enqueue(attendeeId, m_template, m_printer, true, &error)
                                   : m_queue->enqueueFirstBadge(attendeeId, m_template, m_printer, &error);
        if (id.isEmpty())
            Q_EMIT printerProblem(m_printer, error);
        report(m_queue->sendPending(), false); // a new badge does not wait on following the older ones
    }

    void setPrinter(const QString &printer) { m_printer = printer; }

    void round() { report(m_queue->process(), true); }

    // A full round also says when the printer is fine again.
    void report(const PrintQueue::Round &r, bool full)
    {
        for (const QString &id : r.changed) {
            if (const auto job = m_queue->job(id))
                Q_EMIT jobChanged(job->id, job->attendeeId, PrintJob::stateName(job->state), job->lastError);
        }
        const QString problem = r.problems.isEmpty() ? QString() : r.problems.last();
        if (problem != m_lastProblem && (full || !problem.isEmpty())) {
            m_lastProblem = problem;
            Q_EMIT printerProblem(m_printer, problem);
        }
    }

Q_SIGNALS:
    // moc defines signals with its own parameter names.
    // NOLINTNEXTLINE(readability-inconsistent-declaration-parameter-name)
    void jobChanged(const QString &jobId, const QString &attendeeId, const QString &state, const QString &message);
    // NOLINTNEXTLINE(readability-inconsistent-declaration-parameter-name)
    void printerProblem(const QString &printer, const QString &message);

private:
    QString m_path;
    QString m_template;
    QString m_printer;
    CupsClient m_cups;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<PrintQueue> m_queue;
    QTimer *m_timer = nullptr;
    QString m_lastProblem;
};

PrintQueueRunner::PrintQueueRunner(
    const QString &databasePath, const QString &templateName, const QString &printer, QObject *parent)
    : QObject(parent)
    , m_worker(new PrintQueueWorker(databasePath, templateName, printer))
{
    m_thread.setObjectName(QStringLiteral("print-queue"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PrintQueueWorker::jobChanged, this, &PrintQueueRunner::jobChanged);
    connect(m_worker, &PrintQueueWorker::printerProblem, this, &PrintQueueRunner::printerProblem);
}

PrintQueueRunner::~PrintQueueRunner()
{
    stop();
}

void PrintQueueRunner::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &PrintQueueWorker::begin, Qt::QueuedConnection);
}

void PrintQueueRunner::stop()
{
    m_thread.quit();
    m_thread.wait();
}

void PrintQueueRunner::printFirstBadge(const QString &attendeeId)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, attendeeId] { w->enqueue(attendeeId, false); }, Qt::QueuedConnection);
}

void PrintQueueRunner::setPrinter(const QString &printer)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, printer] { w->setPrinter(printer); }, Qt::QueuedConnection);
}

void PrintQueueRunner::reprint(const QString &attendeeId)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, attendeeId] { w->enqueue(attendeeId, true); }, Qt::QueuedConnection);
}

#include "PrintQueueRunner.moc"
