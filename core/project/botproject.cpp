#include "botproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct BotProjectMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::BotProject)
};

bool hasDomainFolder(const QString &folder)
{
    return !QFileInfo(QDir(folder).filePath(u"domain.yml"_s)).isFile()
        && QFileInfo(QDir(folder).filePath(u"domain"_s)).isDir();
}

} // namespace

Result<BotProject> BotProject::open(const QString &folder)
{
    const QFileInfo info(folder);
    const QString where = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.isDir())
        return makeError(BotProjectMessages::tr("The bot project folder does not exist."), where);
    const QDir dir(info.absoluteFilePath());
    QStringList missing;
    if (!QFileInfo(dir.filePath(u"config.yml"_s)).isFile())
        missing.append(u"config.yml"_s);
    if (!QFileInfo(dir.filePath(u"domain.yml"_s)).isFile() && !hasDomainFolder(dir.path()))
        missing.append(u"domain.yml"_s);
    if (!QFileInfo(dir.filePath(u"data"_s)).isDir())
        missing.append(u"data/"_s);
    if (!missing.isEmpty())
        return makeError(BotProjectMessages::tr(
                             "This is not a Rasa bot project: %1 missing. A project made with "
                             "“rasa init” has config.yml, domain.yml and data/.")
                             .arg(missing.join(u", "_s)),
                         where);
    return BotProject(dir.path());
}

QString BotProject::filePath(const QString &relative) const
{
    return QDir(m_folder).filePath(relative);
}

QString BotProject::endpointsFile() const
{
    const QString path = filePath(u"endpoints.yml"_s);
    return QFileInfo(path).isFile() ? path : QString();
}

bool BotProject::hasActions() const
{
    return QFileInfo(filePath(u"actions"_s)).isDir()
        || QFileInfo(filePath(u"actions.py"_s)).isFile();
}

QString BotProject::latestModel() const
{
    const QFileInfoList models = QDir(modelsFolder()).entryInfoList({u"*.tar.gz"_s}, QDir::Files);
    const auto newest =
        std::max_element(models.begin(), models.end(), [](const QFileInfo &a, const QFileInfo &b) {
            return a.metadataChangeTime() < b.metadataChangeTime();
        });
    return newest == models.end() ? QString() : newest->absoluteFilePath();
}

QStringList BotProject::trainArguments() const
{
    QStringList arguments{u"train"_s};
    if (hasDomainFolder(m_folder))
        arguments += {u"--domain"_s, u"domain"_s};
    return arguments;
}

} // namespace Coach
