#include "commandoutput.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

namespace Coach::TestSupport {

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

//! Points file descriptor `fd` at `path` until destroyed.
class Redirect
{
public:
    Redirect(int fd, const QString &path)
        : m_fd(fd), m_saved(dup(fd)), m_file(std::fopen(qPrintable(path), "w"))
    {
        std::fflush(fd == 1 ? stdout : stderr);
        if (m_file)
            dup2(fileno(m_file), fd);
    }
    ~Redirect()
    {
        std::fflush(m_fd == 1 ? stdout : stderr);
        dup2(m_saved, m_fd);
        close(m_saved);
        if (m_file)
            std::fclose(m_file);
    }
    Redirect(const Redirect &) = delete;
    Redirect &operator=(const Redirect &) = delete;

private:
    int m_fd;
    int m_saved;
    FILE *m_file;
};

} // namespace

CommandOutput runCapturing(const std::function<int()> &command)
{
    QTemporaryDir folder;
    const QString outPath = folder.filePath(QStringLiteral("stdout.txt"));
    const QString errPath = folder.filePath(QStringLiteral("stderr.txt"));
    CommandOutput output;
    {
        const Redirect out(1, outPath);
        const Redirect err(2, errPath);
        output.exitCode = command();
    }
    output.out = readAll(outPath);
    output.err = readAll(errPath);
    return output;
}

} // namespace Coach::TestSupport
