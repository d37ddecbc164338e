#include "envinterpolation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct EnvInterpolationMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::EnvInterpolation)
};

} // namespace

EnvInterpolation::EnvInterpolation()
    : m_lookup([](const QString &name) -> std::optional<QString> {
        const QByteArray key = name.toUtf8();
        if (!qEnvironmentVariableIsSet(key.constData()))
            return std::nullopt;
        return qEnvironmentVariable(key.constData());
    })
{ }

bool EnvInterpolation::isExpanded(const QString &plainScalar)
{
    // Python's `.` does not match a line break; plain scalars have none.
    static const QRegularExpression pattern(u"^(.*)\\$\\{(.*)\\}(.*)$"_s);
    return pattern.match(plainScalar).hasMatch();
}

//! os.path.expandvars (posixpath): `$name` with ASCII word characters, or
//! `${anything but a brace}`; unknown variables are left as they are.
QString EnvInterpolation::expandVariables(const QString &text) const
{
    static const QRegularExpression variable(u"\\$([A-Za-z0-9_]+|\\{[^}]*\\})"_s);
    QString result;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = variable.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString name = match.captured(1);
        if (name.startsWith(u'{'))
            name = name.mid(1, name.size() - 2);
        const std::optional<QString> value = m_lookup(name);
        if (!value)
            continue;
        result += QStringView(text).mid(copied, match.capturedStart() - copied);
        result += *value;
        copied = match.capturedEnd();
    }
    result += QStringView(text).mid(copied);
    return result;
}

Result<QString> EnvInterpolation::expand(const QString &plainScalar) const
{
    const QString expanded = expandVariables(plainScalar);
    QStringList missing;
    static const QRegularExpression space(u"\\s+"_s,
                                          QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = expanded.split(space, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.startsWith(u'$') && plainScalar.contains(word))
            missing.append(word);
    }
    if (!missing.isEmpty()) {
        // The text itself is not repeated: it may hold a password.
        return makeError(EnvInterpolationMessages::tr("environment variables are not set: %1")
                             .arg(missing.join(u", "_s)));
    }
    return expanded;
}

} // namespace Coach
