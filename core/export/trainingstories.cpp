#include "trainingstories.h"

#include "storyreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Coach::TrainingStories {

namespace {

//! Larger files are not a bot's hand-kept training stories; a folder with
//! more files or deeper than this is not a bot's data folder (an export
//! into a home folder must not read all of it).
constexpr qint64 maximumFileSize = qint64(64) * 1024 * 1024;
constexpr int maximumFiles = 2000;
constexpr int maximumDepth = 4;

//! Candidate files under `folder` (hidden files and folders, and folder
//! links, left out), breadth first.
QStringList candidateFiles(const QString &folder)
{
    QStringList files;
    QList<QPair<QString, int>> folders{{folder, 0}};
    for (qsizetype i = 0; i < folders.size() && files.size() < maximumFiles; ++i) {
        const QDir dir(folders.at(i).first);
        for (const QFileInfo &file :
             dir.entryInfoList({u"*.yml"_s, u"*.yaml"_s, u"*.md"_s}, QDir::Files))
            files.append(file.absoluteFilePath());
        if (folders.at(i).second >= maximumDepth)
            continue;
        for (const QFileInfo &sub :
             dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks))
            folders.append({sub.absoluteFilePath(), folders.at(i).second + 1});
    }
    return files.mid(0, maximumFiles);
}

//! A cheap look before parsing: a YAML file with a top-level `stories:` or
//! `rules:` key, or Markdown with story headers and no NLU sections.
bool looksLikeStories(const QByteArray &text, StoryReader::Format format)
{
    static const QRegularExpression yamlKey(u"^(stories|rules)\\s*:"_s,
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression nluSection(u"^\\s*##\\s*(intent|synonym|regex|lookup)\\s*:"_s,
                                               QRegularExpression::MultilineOption);
    const QString content = QString::fromUtf8(text);
    if (format == StoryReader::Format::Yaml)
        return yamlKey.match(content).hasMatch();
    return content.contains("##"_L1) && !nluSection.match(content).hasMatch();
}

} // namespace

StorySteps read(const QString &targetPath, const Domain *domain)
{
    const QFileInfo target(targetPath);
    StorySteps steps;
    for (const QString &path : candidateFiles(target.absolutePath())) {
        const QFileInfo file(path);
        if (file.absoluteFilePath() == target.absoluteFilePath() || file.size() > maximumFileSize)
            continue;
        QFile input(file.absoluteFilePath());
        if (!input.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = input.readAll();
        const StoryReader::Format format = StoryReader::formatForPath(file.fileName());
        if (!looksLikeStories(text, format))
            continue;
        steps += StoryReader::read(text, format, file.absoluteFilePath(), domain).valueOr({});
    }
    return steps;
}

} // namespace Coach::TrainingStories
