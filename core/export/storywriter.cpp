#include "storywriter.h"

#include "markdownstorywriter.h"
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
