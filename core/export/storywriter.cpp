#include "storywriter.h"

#include "markdownstorywriter.h"
#include "parallel.h"
#include "yamlstorywriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Coach {

std::unique_ptr<StoryWriter> StoryWriter::create(StoryReader::Format format,
                                                 StoryWriterOptions options)
{
    if (format == StoryReader::Format::Markdown)
        return std::make_unique<MarkdownStoryWriter>(std::move(options));
    return std::make_unique<YamlStoryWriter>(std::move(options));
}

QString StoryWriter::renderEach(const StorySteps &steps,
                                const std::function<void(QString &, const StoryStep &)> &append)
{
    const QList<QString> parts = Parallel::mapSlices(steps.size(), 256, [&](Parallel::Slice slice) {
        QString out;
        for (qsizetype i = slice.begin; i < slice.end; ++i)
            append(out, steps.at(i));
        return out;
    });
    qsizetype size = 0;
    for (const QString &part : parts)
        size += part.size();
    QString out;
    out.reserve(size);
    for (const QString &part : parts)
        out += part;
    return out;
}

QString StoryWriter::storyIntent(const QString &intent)
{
    const qsizetype slash = intent.indexOf(u'/');
    return slash < 0 ? intent : intent.left(slash);
}

Status StoryWriter::write(QIODevice *device, const StorySteps &steps) const
{
    const QByteArray bytes = render(steps).toUtf8();
    if (!device || !device->isWritable())
        return makeError(QCoreApplication::translate("Coach::StoryWriter",
                                                     "the output is not open for writing"));
    if (device->write(bytes) != bytes.size())
        return makeError(device->errorString());
    return {};
}

} // namespace Coach
