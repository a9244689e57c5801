#include "kiosk/core/PrivateFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace PrivateFile {

namespace {

QString failure(const QString &path)
{
    return QCoreApplication::translate("PrivateFile", "Cannot write %1: %2")
        .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

bool write(const QString &path, const QByteArray &data, QString *error)
{
    const QByteArray target = QFile::encodeName(path);
    mode_t mode = 0600;
    struct stat existing { };
    if (::stat(target.constData(), &existing) == 0)
        mode = existing.st_mode & 0770;
    const QByteArray temporary = target + ".new";
    ::unlink(temporary.constData());
    // Created with its final mode: at no moment can anyone else open it.
    const int fd = ::open(temporary.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = failure(path);
        return false;
    }
    bool ok = ::fchmod(fd, mode) == 0;
    for (qsizetype done = 0; ok && done < data.size();) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        ok = n > 0 || (n < 0 && errno == EINTR);
        done += n > 0 ? n : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    if (!ok)
        *error = failure(path);
    ::close(fd);
    if (ok && ::rename(temporary.constData(), target.constData()) != 0) {
        *error = failure(path);
        ok = false;
    }
    if (!ok)
        ::unlink(temporary.constData());
    return ok;
}

bool setIniValue(const QString &path, const QString &section, const QString &key, const QString &value, QString *error)
{
    QStringList lines;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("PrivateFile", "Cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        file.close();
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    const QString line = key + QLatin1String(" = \"") + quoted + QLatin1Char('"');
    const QRegularExpression keyLine(QStringLiteral("^\\s*%1\\s*=").arg(QRegularExpression::escape(key)));
    const QString header = QLatin1Char('[') + section + QLatin1Char(']');
    int sectionAt = -1;
    int insertAt = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed.startsWith(QLatin1Char('['))) {
            if (sectionAt >= 0)
                break;
            if (trimmed.compare(header, Qt::CaseInsensitive) == 0)
                sectionAt = insertAt = i;
            continue;
        }
        if (sectionAt < 0)
            continue;
        if (keyLine.match(lines.at(i)).hasMatch()) {
            lines[i] = line;
            return write(path, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(), error);
        }
        if (!trimmed.isEmpty())
            insertAt = i;
    }
    if (sectionAt < 0) {
        if (!lines.isEmpty())
            lines << QString();
        lines << header << line;
    } else {
        lines.insert(insertAt + 1, line);
    }
    return write(path, (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(), error);
}

} // namespace PrivateFile
