#pragma once

#include <QDialog>

class QLabel;

namespace Coach {

//! Help → About Rasa Coach: the version, the Qt version the app was built
//! with and the one it runs on (they differ after a distribution upgrade,
//! which matters in bug reports), the licence, the licences of the bundled
//! example bots and the libraries, and the project's address.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    //! The text shown (rich text), for tests and copy-paste into bug reports.
    QString text() const;
    static QString projectUrl();

private:
    QString versionText() const;
    QString licenceText() const;

    QLabel *m_text = nullptr;
};

} // namespace Coach
