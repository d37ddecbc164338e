#include "storyreader.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Coach {

StoryReader::Format StoryReader::formatForPath(const QString &path)
{
    return path.endsWith(".md"_L1, Qt::CaseInsensitive) ? Format::Markdown : Format::Yaml;
}

Result<StorySteps> StoryReader::readFile(const QString &path, const Domain *domain)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.errorString(), path);
    return read(file.readAll(), formatForPath(path), path, domain);
}

Result<StorySteps> StoryReader::read(const QByteArray &text, Format format, const QString &fileName,
                                     const Domain *domain)
{
    return format == Format::Markdown ? readMarkdown(text, fileName, domain)
                                      : readYaml(text, fileName, domain);
}

} // namespace Coach
