#include "terminalpassword.h"

#include <QFile>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

#include <cstdio>

namespace Coach {

std::optional<QString> readPasswordFromTerminal(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    QFile input;
    std::optional<QString> password;
    if (input.open(stdin, QIODevice::ReadOnly)) {
        const QByteArray line = input.readLine();
        if (!line.isEmpty())
            password = QString::fromUtf8(line).chopped(line.endsWith('\n') ? 1 : 0);
    }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fprintf(stderr, "\n");
    return password;
#else
    Q_UNUSED(prompt)
    return std::nullopt;
#endif
}

} // namespace Coach
