#include "outputline.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coach::OutputLine {

namespace {

bool isPythonWarning(const QString &line)
{
    static const QRegularExpression pattern(u"^\\S+\\.py:\\d+: \\w*Warning: "_s);
    return pattern.match(line).hasMatch();
}

} // namespace

OutputSeverity classify(const QString &line)
{
    static const QRegularExpression error(
        u"^\\S*\\s*\\S*\\s*ERROR\\s|\\[ERROR\\]|^Traceback \\(|^\\w*(Error|Exception)(: |$)"_s);
    static const QRegularExpression warning(u"^\\S*\\s*\\S*\\s*WARNING\\s|\\w*Warning: "_s);
    if (error.match(line).hasMatch())
        return OutputSeverity::Error;
    if (warning.match(line).hasMatch())
        return OutputSeverity::Warning;
    return OutputSeverity::Info;
}

QStringList tail(const QStringList &lines, int count)
{
    QStringList kept;
    int skipping = 0; // lines of a warning still to drop (message, then source)
    for (const QString &line : lines) {
        if (isPythonWarning(line)) {
            skipping = 3;
            continue;
        }
        if (skipping > 0) {
            --skipping;
            if (line.startsWith(u"  "_s))
                skipping = 0; // the quoted source line ends the warning
            continue;
        }
        if (!line.trimmed().isEmpty())
            kept.append(line);
    }
    return kept.mid(std::max<qsizetype>(0, kept.size() - count));
}

} // namespace Coach::OutputLine
