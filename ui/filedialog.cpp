#include "filedialog.h"

#include <QFileDialog>

#include <optional>

namespace Coach {

namespace {

struct State
{
    std::optional<QString> nextFileName;
    QString lastCaption;
};

State &state()
{
    static State instance;
    return instance;
}

std::optional<QString> takeNext(const QString &caption)
{
    State &s = state();
    s.lastCaption = caption;
    std::optional<QString> next = std::move(s.nextFileName);
    s.nextFileName.reset();
    return next;
}

} // namespace

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter)
{
    if (auto next = takeNext(caption))
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter, const QString &defaultSuffix)
{
    if (auto next = takeNext(caption))
        return *next;
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

QString FileDialog::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    if (auto next = takeNext(caption))
        return *next;
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    state().nextFileName = fileName;
}

bool FileDialog::hasNextFileName()
{
    return state().nextFileName.has_value();
}

QString FileDialog::lastCaption()
{
    return state().lastCaption;
}

} // namespace Coach
