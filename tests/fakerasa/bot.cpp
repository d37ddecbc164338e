#include "bot.h"

#include "storyreader.h"

#include "model/yamlreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach::FakeRasa {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Coach::FakeRasa::Bot", text);
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.errorString(), path);
    return file.readAll();
}

QStringList ymlFilesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {u"*.yml"_s, u"*.yaml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

//! Merges one domain file into another the way Rasa combines a domain
//! folder: lists are joined, mappings merged (the first file wins on
//! clashes), other values kept from the first file.
void mergeDomain(QJsonObject &into, const QJsonObject &part)
{
    for (auto it = part.begin(); it != part.end(); ++it) {
        const QJsonValue existing = into.value(it.key());
        if (existing.isArray() && it.value().isArray()) {
            QJsonArray joined = existing.toArray();
            for (const QJsonValue &item : it.value().toArray()) {
                if (!joined.contains(item))
                    joined.append(item);
            }
            into.insert(it.key(), joined);
        } else if (existing.isObject() && it.value().isObject()) {
            QJsonObject merged = it.value().toObject();
            const QJsonObject first = existing.toObject();
            for (auto entry = first.begin(); entry != first.end(); ++entry)
                merged.insert(entry.key(), entry.value());
            into.insert(it.key(), merged);
        } else if (existing.isUndefined() || existing.isNull()) {
            into.insert(it.key(), it.value());
        }
    }
}

Result<QJsonObject> readDomainFile(const QString &path, QCryptographicHash &hash, QString &allText)
{
    Result<QByteArray> text = readFile(path);
    if (!text)
        return text.error();
    hash.addData(text.value());
    allText += QString::fromUtf8(text.value()) + u"\n"_s;
    Result<QJsonValue> yaml = parseYaml(text.value(), path);
    if (!yaml)
        return makeError(yaml.error().message,
                         yaml.error().where.isEmpty() ? path : yaml.error().where);
    if (yaml->isNull())
        return QJsonObject();
    if (!yaml->isObject())
        return makeError(tr("a domain file must be a mapping of keys such as intents"), path);
    return yaml->toObject();
}

Result<Domain> loadDomain(const QString &folder, QCryptographicHash &hash, QString &allText)
{
    const QString file = QDir(folder).filePath(u"domain.yml"_s);
    const QString directory = QDir(folder).filePath(u"domain"_s);
    QStringList files;
    if (QFileInfo(directory).isDir())
        files = ymlFilesUnder(directory);
    else if (QFileInfo::exists(file))
        files = {file};
    else if (QFileInfo::exists(QDir(folder).filePath(u"domain.yaml"_s)))
        files = {QDir(folder).filePath(u"domain.yaml"_s)};
    if (files.isEmpty())
        return makeError(tr("no domain.yml and no domain folder"), folder);
    QJsonObject merged;
    for (const QString &path : files) {
        Result<QJsonObject> part = readDomainFile(path, hash, allText);
        if (!part)
            return part.error();
        mergeDomain(merged, part.value());
    }
    Result<Domain> domain = Domain::fromJson(merged);
    if (!domain)
        return makeError(domain.error().message, files.size() == 1 ? files.first() : directory);
    return domain;
}

void collectActionTexts(const StorySteps &steps, QStringList &texts)
{
    for (const StoryStep &step : steps) {
        for (const StoryItem &item : step.items) {
            for (const Event &event : item.alternatives) {
                const QString text = event.actionText();
                if (event.type() == EventType::Action && event.name().isEmpty() && !text.isEmpty()
                    && !texts.contains(text)) {
                    texts.append(text);
                }
            }
        }
    }
}

} // namespace

Status Bot::addTrainingFile(const QByteArray &text, const QString &fileName)
{
    Result<QJsonValue> yaml = parseYaml(text, fileName);
    if (!yaml)
        return makeError(yaml.error().message,
                         yaml.error().where.isEmpty() ? fileName : yaml.error().where);
    if (yaml->isNull())
        return {};
    if (!yaml->isObject())
        return makeError(tr("a training data file must be a mapping with nlu, stories or rules"),
                         fileName);
    const QJsonObject json = yaml->toObject();
    if (const Status status = nlu.addNluSection(json.value("nlu"_L1)); !status)
        return makeError(status.error().message, fileName);
    Result<StorySteps> storySteps =
        StoryReader::read(json.value("stories"_L1), StoryStep::Kind::Story, fileName);
    if (!storySteps)
        return storySteps.error();
    Result<StorySteps> ruleSteps =
        StoryReader::read(json.value("rules"_L1), StoryStep::Kind::Rule, fileName);
    if (!ruleSteps)
        return ruleSteps.error();
    stories += storySteps.value();
    rules += ruleSteps.value();
    collectActionTexts(storySteps.value(), actionTexts);
    return {};
}

Result<Bot> Bot::load(const QString &folder, const QString &configFile)
{
    if (!QFileInfo(folder).isDir())
        return makeError(tr("the bot folder does not exist"), folder);
    const QString folderConfig = QDir(folder).filePath(u"config.yml"_s);
    const QString configPath = !configFile.isEmpty() ? configFile
        : QFileInfo::exists(folderConfig)            ? folderConfig
                                                     : QString();
    PipelineConfig config = PipelineConfig::defaults();
    if (!configPath.isEmpty()) {
        Result<PipelineConfig> read = PipelineConfig::load(configPath);
        if (!read)
            return read.error();
        config = read.value();
    }
    QCryptographicHash hash(QCryptographicHash::Md5);
    QString domainText;
    Result<Domain> domain = loadDomain(folder, hash, domainText);
    if (!domain)
        return domain.error();
    Bot bot;
    bot.domain = domain.value();
    bot.domainText = domainText;
    bot.config = config;
    const QString data = QDir(folder).filePath(u"data"_s);
    const QStringList files = QFileInfo(data).isDir() ? ymlFilesUnder(data) : QStringList();
    for (const QString &path : files) {
        Result<QByteArray> text = readFile(path);
        if (!text)
            return text.error();
        hash.addData(text.value());
        if (const Status status = bot.addTrainingFile(text.value(), path); !status)
            return status.error();
    }
    bot.fingerprint = hash.result().toHex();
    return bot;
}

Result<Bot> Bot::fromData(const Domain &domain, const QList<QByteArray> &trainingFiles)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(QJsonDocument(domain.toJson()).toJson(QJsonDocument::Compact));
    Bot bot;
    bot.domain = domain;
    for (qsizetype i = 0; i < trainingFiles.size(); ++i) {
        hash.addData(trainingFiles.at(i));
        const QString name = u"training file %1"_s.arg(i + 1);
        if (const Status status = bot.addTrainingFile(trainingFiles.at(i), name); !status)
            return status.error();
    }
    bot.fingerprint = hash.result().toHex();
    return bot;
}

} // namespace Coach::FakeRasa
