#include "rasainstallation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QVersionNumber>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct RasaInstallationMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::RasaInstallation)
};

bool looksLikePython(const QString &path)
{
    return QFileInfo(path).fileName().startsWith(u"python"_s);
}

} // namespace

QStringList RasaInstallation::arguments(const QStringList &rasaArguments) const
{
    return baseArguments + rasaArguments;
}

int RasaInstallation::majorVersion() const
{
    return QVersionNumber::fromString(version).majorVersion();
}

QString RasaInstallation::location() const
{
    const QString path = QDir::toNativeSeparators(program);
    return baseArguments.isEmpty() ? path : u"%1 -m rasa"_s.arg(path);
}

QString RasaInstallation::displayName() const
{
    return version.isEmpty()
        ? location()
        : RasaInstallationMessages::tr("Rasa %1 (%2)").arg(version, location());
}

RasaInstallation RasaInstallation::fromPath(const QString &path, Origin origin)
{
    RasaInstallation installation;
    installation.program = path;
    installation.origin = origin;
    if (looksLikePython(path)) {
        installation.baseArguments = {u"-m"_s, u"rasa"_s};
        installation.python = path;
    }
    return installation;
}

QString RasaInstallation::pythonFromShebang(const QByteArray &firstLine,
                                            const QString &pathVariable)
{
    if (!firstLine.startsWith("#!"))
        return {};
    QStringList words = QString::fromUtf8(firstLine.mid(2)).simplified().split(u' ');
    if (!words.isEmpty() && QFileInfo(words.first()).fileName() == u"env"_s) {
        words.removeFirst();
        if (words.isEmpty())
            return {};
        words.first() = QStandardPaths::findExecutable(words.first(),
                                                       pathVariable.split(QDir::listSeparator()));
    }
    if (words.isEmpty() || words.first().isEmpty() || !looksLikePython(words.first()))
        return {};
    return words.first();
}

Result<RasaVersionOutput> RasaVersionOutput::parse(const QByteArray &output)
{
    RasaVersionOutput result;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).simplified();
        const QString value = QString::fromUtf8(line.mid(colon + 1)).trimmed();
        if (key == "Rasa Version")
            result.rasa = value;
        else if (key == "Rasa SDK Version")
            result.sdk = value;
        else if (key == "Python Version")
            result.python = value;
        else if (key == "Python Path")
            result.pythonPath = value;
    }
    if (QVersionNumber::fromString(result.rasa).isNull())
        return makeError(
            RasaInstallationMessages::tr("“rasa --version” did not print a “Rasa Version” line."));
    if (result.sdk == u"None"_s)
        result.sdk.clear();
    return result;
}

Status checkSupportedVersion(const RasaInstallation &installation)
{
    const int major = installation.majorVersion();
    if (major == 2 || major == 3)
        return {};
    return makeError(RasaInstallationMessages::tr(
                         "Rasa %1 is not supported: Rasa Coach works with Rasa Open Source 2.x "
                         "and 3.x. Install one of them, for example into the bot project with "
                         "“python3 -m venv .venv && .venv/bin/pip install rasa==3.6.21” (Python "
                         "3.8 to 3.10), or "
                         "choose another Rasa under Settings › Rasa Executable.")
                         .arg(installation.version),
                     installation.location());
}

} // namespace Coach
