#include "graphinput.h"

#include "export/storyreader.h"
#include "model/domain.h"
#include "model/yamltree.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The translation context of this file's messages (lupdate reads it).
struct GraphInputMessages
{
    Q_DECLARE_TR_FUNCTIONS(Coach::GraphCommand)
};

bool isStoryFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md"_s) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return true; // let the reader report it
        while (!file.atEnd()) {
            if (file.readLine().trimmed().startsWith('*'))
                return true;
        }
        return false;
    }
    if (suffix != u"yml"_s && suffix != u"yaml"_s)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // let the reader report it
    // A YamlTree, not a JSON value: big story files are read once more below.
    const YamlTree yaml = YamlTree::parse(file.readAll());
    return !yaml.isValid() || yaml.root().value("stories"_L1).isDefined()
        || yaml.root().value("rules"_L1).isDefined();
}

} // namespace

Result<StorySteps> readGraphStories(const QStringList &paths, const Domain &domain,
                                    bool requireStories)
{
    StorySteps steps;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return makeError(GraphInputMessages::tr("no such file or folder"), path);
        QStringList files;
        if (info.isDir()) {
            QDirIterator it(path, {u"*.yml"_s, u"*.yaml"_s, u"*.md"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            files.removeIf([](const QString &file) { return !isStoryFile(file); });
            if (files.isEmpty() && requireStories)
                return makeError(GraphInputMessages::tr("contains no story or rule files"), path);
        } else {
            files.append(path);
        }
        for (const QString &file : std::as_const(files)) {
            Result<StorySteps> read = StoryReader::readFile(file, &domain);
            if (!read)
                return read.error().where.isEmpty() ? makeError(read.error().message, file)
                                                    : read.error();
            if (read->isEmpty() && !info.isDir())
                return makeError(GraphInputMessages::tr("contains no stories or rules"), file);
            steps.append(*read);
        }
    }
    return steps;
}

} // namespace Coach
