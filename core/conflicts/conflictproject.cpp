#include "conflictproject.h"

#include "exportedstory.h"
#include "storyfiles.h"

#include "export/storybuilder.h"
#include "model/yamlreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct ConflictProjectMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::ConflictProject)
};

const QStringList HistoryPolicies{u"TEDPolicy"_s, u"MemoizationPolicy"_s,
                                  u"AugmentedMemoizationPolicy"_s};

Result<Domain> readDomain(const QDir &folder, const QString &domainFile, const Domain *fallback)
{
    const QStringList names = domainFile.isEmpty() ? QStringList{u"domain.yml"_s, u"domain.yaml"_s}
                                                   : QStringList{domainFile};
    for (const QString &name : names) {
        const QFileInfo file(folder.filePath(name));
        if (file.isDir())
            return makeError(ConflictProjectMessages::tr(
                                 "a domain folder is not supported; merge it into one domain.yml"),
                             file.filePath());
        if (!file.exists())
            continue;
        Result<Domain> domain = Domain::fromFile(file.filePath());
        if (!domain && domain.error().where.isEmpty())
            return makeError(domain.error().message, file.filePath());
        return domain;
    }
    if (fallback)
        return *fallback;
    return makeError(ConflictProjectMessages::tr("the project has no domain.yml"), folder.path());
}

} // namespace

QString MaxHistory::describe() const
{
    switch (source) {
    case Source::Option:
        return ConflictProjectMessages::tr("max_history %1, from --max-history")
            .arg(value.value_or(0));
    case Source::Config:
        return ConflictProjectMessages::tr("max_history %1, from config.yml (%2)")
            .arg(value.value_or(0))
            .arg(policy);
    case Source::Default:
        break;
    }
    return ConflictProjectMessages::tr(
        "the whole history, Rasa's default (config.yml gives no max_history)");
}

Result<MaxHistory> ConflictProject::readConfigMaxHistory(const QString &configFile)
{
    MaxHistory result;
    if (!QFileInfo::exists(configFile))
        return result;
    const Result<QJsonValue> config = readYamlFile(configFile);
    if (!config)
        return config.error().where.isEmpty() ? makeError(config.error().message, configFile)
                                              : config.error();
    const QJsonValue policies = config->toObject().value("policies"_L1);
    if (!policies.isArray() && !policies.isNull() && !policies.isUndefined())
        return makeError(ConflictProjectMessages::tr("\"policies\" must be a list"), configFile);
    for (const QJsonValue policy : policies.toArray()) {
        const QJsonObject object = policy.toObject();
        const QString name = object.value("name"_L1).toString();
        const QJsonValue history = object.value("max_history"_L1);
        if (!HistoryPolicies.contains(name) || !history.isDouble())
            continue;
        const int value = history.toInt();
        if (value < 1)
            return makeError(
                ConflictProjectMessages::tr("max_history of %1 must be a positive number")
                    .arg(name),
                configFile);
        if (!result.value || value > *result.value)
            result = MaxHistory{value, MaxHistory::Source::Config, name};
    }
    return result;
}

Result<ConflictProject> ConflictProject::load(const QString &folder, const QString &domainFile,
                                              const Domain *fallbackDomain)
{
    const QDir dir(folder);
    if (!QFileInfo(folder).isDir())
        return makeError(ConflictProjectMessages::tr("not a folder"), folder);
    ConflictProject project;
    project.folder = folder;
    Result<Domain> domain = readDomain(dir, domainFile, fallbackDomain);
    if (!domain)
        return domain.error();
    project.domain = *domain;
    const QString data = dir.filePath(u"data"_s);
    if (QFileInfo(data).isDir()) {
        Result<StorySteps> steps = StoryFiles::readAll(data, project.domain);
        if (!steps)
            return steps.error();
        project.steps = *steps;
    }
    Result<MaxHistory> history = readConfigMaxHistory(dir.filePath(u"config.yml"_s));
    if (!history)
        return history.error();
    project.configMaxHistory = *history;
    return project;
}

QStringList ConflictProject::storyNames() const
{
    QStringList names;
    for (const StoryStep &step : steps)
        names.append(step.name);
    return names;
}

StorySteps conversationStories(const QList<ExportConversation> &conversations,
                               const QStringList &takenNames)
{
    StorySteps stories;
    for (const StoryStep &built : StoryBuilder::build(conversations, takenNames))
        stories.append(ExportedStory::fromBuilt(built));
    return stories;
}

} // namespace Coach
