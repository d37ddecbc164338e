#include "rasalocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct RasaLocatorMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::RasaLocator)
};

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

//! Fills in the interpreter of a `rasa` script (#! line).
RasaInstallation withPython(RasaInstallation installation, const QString &pathVariable)
{
    if (!installation.python.isEmpty())
        return installation;
    QFile file(installation.program);
    if (file.open(QIODevice::ReadOnly))
        installation.python =
            RasaInstallation::pythonFromShebang(file.readLine(512).trimmed(), pathVariable);
    return installation;
}

QString notFoundMessage(const QStringList &searched)
{
    return RasaLocatorMessages::tr(
               "Rasa was not found. Searched: %1.\n\nInstall Rasa Open Source 2.x or 3.x, for "
               "example into the bot project with “python3 -m venv .venv && .venv/bin/pip "
               "install rasa==3.6.21” (Python 3.8 to 3.10), or choose the rasa executable or the "
               "Python interpreter it is installed in under Settings › Rasa Executable.")
        .arg(searched.join(u"; "_s));
}

} // namespace

Result<RasaInstallation> locateRasa(const RasaSearch &search)
{
    using Origin = RasaInstallation::Origin;
    if (!search.chosenPath.isEmpty()) {
        if (!isExecutableFile(search.chosenPath))
            return makeError(
                RasaLocatorMessages::tr("The Rasa executable chosen in Settings does not exist or "
                                        "cannot be run. Choose another one under Settings › Rasa "
                                        "Executable."),
                QDir::toNativeSeparators(search.chosenPath));
        return withPython(RasaInstallation::fromPath(search.chosenPath, Origin::Setting),
                          search.pathVariable);
    }
    QStringList searched{RasaLocatorMessages::tr("no Rasa executable chosen in Settings")};
    if (!search.projectFolder.isEmpty()) {
        for (const QString &venv : {u".venv"_s, u"venv"_s}) {
            const QString candidate = QDir(search.projectFolder).filePath(venv + u"/bin/rasa"_s);
            if (isExecutableFile(candidate))
                return withPython(RasaInstallation::fromPath(candidate, Origin::ProjectVirtualenv),
                                  search.pathVariable);
            searched.append(QDir::toNativeSeparators(candidate));
        }
    }
    const QStringList path = search.pathVariable.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    // An empty list would make Qt search the app's own PATH instead.
    const QString onPath =
        path.isEmpty() ? QString() : QStandardPaths::findExecutable(u"rasa"_s, path);
    if (!onPath.isEmpty())
        return withPython(RasaInstallation::fromPath(onPath, Origin::Path), search.pathVariable);
    searched.append(RasaLocatorMessages::tr("“rasa” on PATH (%1)").arg(search.pathVariable));
    return makeError(notFoundMessage(searched));
}

} // namespace Coach
