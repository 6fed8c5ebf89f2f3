// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFile.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace servicelens::io {

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isSqliteFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = f.read(16);
    // A database's header, or a WAL file's magic number 0x377f0682 / 0x377f0683 (big-endian).
    return start == QByteArray("SQLite format 3\0", 16) ||
           start.startsWith(QByteArray("\x37\x7f\x06\x82", 4)) ||
           start.startsWith(QByteArray("\x37\x7f\x06\x83", 4));
}

int closeChecked(int fd)
{
    return ::close(fd) == 0 ? 0 : errno;
}

// Makes the rename itself durable: a power cut after commit() keeps the new file.
void syncFolder(const QString &folder)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QString hiddenName(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + QLatin1String("/.") + info.fileName() + QLatin1Char('.') +
           QString::number(QRandomGenerator::global()->generate64(), 36) + QStringLiteral(".tmp");
}

} // namespace

OutputFile::OutputFile(QString target)
    : m_target(QFileInfo(target).absoluteFilePath())
{}

OutputFile::~OutputFile()
{
    discard();
}

Error OutputFile::writeError(const QString &target, int systemErrno)
{
    if (systemErrno == ENOSPC || systemErrno == EDQUOT)
        return makeError(ErrorKind::Io,
                         tr("The disk is full: “%1” could not be written. Nothing was written "
                            "and an earlier file of that name is unchanged.")
                             .arg(shown(target)));
    return makeError(ErrorKind::Io,
                     tr("“%1” cannot be written: %2")
                         .arg(shown(target), QString::fromLocal8Bit(std::strerror(systemErrno))));
}

Result<std::unique_ptr<QTemporaryDir>> OutputFile::privateFolder()
{
    auto folder = std::make_unique<QTemporaryDir>(); // mkdtemp: mode 0700
    if (!folder->isValid())
        return makeError(
            ErrorKind::Io,
            tr("No private temporary folder could be made: %1").arg(folder->errorString()));
    return folder;
}

Status OutputFile::checkTarget(const QString &target)
{
    const QFileInfo info(target);
    if (info.fileName().isEmpty() || info.isDir())
        return makeError(
            ErrorKind::InvalidInput,
            tr("“%1” is a folder; give the name of the file to write.").arg(shown(target)));
    if (info.exists()) {
        if (!info.isFile())
            return makeError(ErrorKind::InvalidInput,
                             tr("“%1” is not an ordinary file; ServiceLens writes only to files.")
                                 .arg(shown(target)));
        if (isSqliteFile(target))
            return makeError(ErrorKind::InvalidInput,
                             tr("“%1” is a database (a workbook?). An export never replaces a "
                                "database; choose another file name.")
                                 .arg(shown(target)));
    }
    // A workbook's side files hold committed changes not yet in the file itself.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString name = info.absoluteFilePath();
        if (name.endsWith(QLatin1String(suffix))) {
            const QString base = name.chopped(static_cast<int>(std::strlen(suffix)));
            if (QFileInfo(base).isFile() && isSqliteFile(base))
                return makeError(ErrorKind::InvalidInput,
                                 tr("“%1” belongs to the database “%2”; an export never "
                                    "replaces it. Choose another file name.")
                                     .arg(shown(target), shown(base)));
        }
    }
    return {};
}

Status OutputFile::open()
{
    discard();
    if (auto s = checkTarget(m_target); !s)
        return s;
    const QString folder = QFileInfo(m_target).absolutePath();
    const QByteArray encodedFolder = QFile::encodeName(folder);
#ifdef O_TMPFILE
    // Linking an unnamed file needs /proc; without it the hidden name below serves.
    if (::access("/proc/self/fd", X_OK) == 0) {
        m_fd = ::open(encodedFolder.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
        if (m_fd >= 0)
            return {};
        if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL && errno != ENOENT)
            return writeError(m_target, errno);
    }
#endif
    for (int attempt = 0; attempt < 10 && m_fd < 0; ++attempt) {
        m_namedTemporary = hiddenName(m_target);
        m_fd = ::open(QFile::encodeName(m_namedTemporary).constData(),
                      O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_fd < 0 && errno != EEXIST) {
            const int e = errno;
            m_namedTemporary.clear();
            return writeError(m_target, e);
        }
    }
    if (m_fd < 0) {
        m_namedTemporary.clear();
        return writeError(m_target, EEXIST);
    }
    return {};
}

Status OutputFile::write(const char *data, qint64 size)
{
    if (m_fd < 0)
        return writeError(m_target, EBADF);
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, static_cast<size_t>(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // A write of nothing with no error is a full device on some file systems.
            const int e = n < 0 ? errno : ENOSPC;
            discard();
            return writeError(m_target, e);
        }
        data += n;
        size -= n;
    }
    return {};
}

Status OutputFile::write(const QByteArray &bytes)
{
    return write(bytes.constData(), bytes.size());
}

Status OutputFile::commit()
{
    if (m_fd < 0)
        return writeError(m_target, EBADF);
    // A file system may report a full disk only when the data reach it.
    if (::fsync(m_fd) != 0) {
        const int e = errno;
        discard();
        return writeError(m_target, e);
    }
    // The target may have changed since open(): check again just before replacing it.
    if (auto s = checkTarget(m_target); !s) {
        discard();
        return s;
    }
    const QByteArray target = QFile::encodeName(m_target);
    struct stat existing {};
    if (::stat(target.constData(), &existing) == 0)
        ::fchmod(m_fd, existing.st_mode & 07777); // a replaced file keeps its permissions

    QString linked = m_namedTemporary;
    if (linked.isEmpty()) {
        // Give the unnamed file a hidden name, then rename it over the target in one step
        // (linkat cannot replace a file).
        const QByteArray procPath = "/proc/self/fd/" + QByteArray::number(m_fd);
        for (int attempt = 0; attempt < 10; ++attempt) {
            linked = hiddenName(m_target);
            if (::linkat(AT_FDCWD, procPath.constData(), AT_FDCWD,
                         QFile::encodeName(linked).constData(), AT_SYMLINK_FOLLOW) == 0)
                break;
            if (errno != EEXIST) {
                const int e = errno;
                discard();
                return writeError(m_target, e);
            }
            linked.clear();
        }
        if (linked.isEmpty()) {
            discard();
            return writeError(m_target, EEXIST);
        }
        m_namedTemporary = linked;
    }
    if (const int e = closeChecked(m_fd); e != 0) {
        m_fd = -1;
        discard();
        return writeError(m_target, e);
    }
    m_fd = -1;
    if (::rename(QFile::encodeName(linked).constData(), target.constData()) != 0) {
        const int e = errno;
        discard();
        return writeError(m_target, e);
    }
    m_namedTemporary.clear();
    syncFolder(QFileInfo(m_target).absolutePath());
    return {};
}

void OutputFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd); // an unnamed file vanishes with its last descriptor
        m_fd = -1;
    }
    if (!m_namedTemporary.isEmpty()) {
        ::unlink(QFile::encodeName(m_namedTemporary).constData());
        m_namedTemporary.clear();
    }
}

Status OutputFile::writeWhole(const QString &target, const QByteArray &bytes)
{
    OutputFile file(target);
    if (auto s = file.open(); !s)
        return s;
    if (auto s = file.write(bytes); !s)
        return s;
    return file.commit();
}

Status OutputFile::copyInto(const QString &source, const QString &target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
                         tr("“%1” cannot be read: %2").arg(shown(source), in.errorString()));
    OutputFile file(target);
    if (auto s = file.open(); !s)
        return s;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0)
            return makeError(ErrorKind::Io,
                             tr("“%1” cannot be read: %2").arg(shown(source), in.errorString()));
        if (n == 0)
            break;
        if (auto s = file.write(chunk.constData(), n); !s)
            return s;
    }
    return file.commit();
}

} // namespace servicelens::io
