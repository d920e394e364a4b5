# Generated from ui/minute_books_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 672e62db589704ce624be2dc8f44051a70a5dd8730905c659780e8c77c640d22
# uic: uic 6.11.3
# output-sha256: ba5796a4d977855b145744323df1c5ea5dae4863301f7b4905b2c141b139ee51
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'minute_books_section.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MinuteBooksSection(object):
    def setupUi(self, MinuteBooksSection):
        if not MinuteBooksSection.objectName():
            MinuteBooksSection.setObjectName(u"MinuteBooksSection")
        MinuteBooksSection.resize(1100, 680)
        self.sectionLayout = QVBoxLayout(MinuteBooksSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(MinuteBooksSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.hintLabel = QLabel(MinuteBooksSection)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.hintLabel)

        self.booksButtonsLayout = QHBoxLayout()
        self.booksButtonsLayout.setObjectName(u"booksButtonsLayout")
        self.newBookButton = QPushButton(MinuteBooksSection)
        self.newBookButton.setObjectName(u"newBookButton")
        self.newBookButton.setAutoDefault(False)

        self.booksButtonsLayout.addWidget(self.newBookButton)

        self.editBookButton = QPushButton(MinuteBooksSection)
        self.editBookButton.setObjectName(u"editBookButton")
        self.editBookButton.setAutoDefault(False)

        self.booksButtonsLayout.addWidget(self.editBookButton)

        self.closeBookButton = QPushButton(MinuteBooksSection)
        self.closeBookButton.setObjectName(u"closeBookButton")
        self.closeBookButton.setAutoDefault(False)

        self.booksButtonsLayout.addWidget(self.closeBookButton)

        self.booksButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.booksButtonsLayout.addItem(self.booksButtonsSpacer)


        self.sectionLayout.addLayout(self.booksButtonsLayout)

        self.booksView = QTableView(MinuteBooksSection)
        self.booksView.setObjectName(u"booksView")
        self.booksView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.booksView.setAlternatingRowColors(True)
        self.booksView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.booksView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.booksView.setMaximumSize(QSize(16777215, 150))

        self.sectionLayout.addWidget(self.booksView)

        self.warningLabel = QLabel(MinuteBooksSection)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.warningLabel)

        self.actasGroup = QGroupBox(MinuteBooksSection)
        self.actasGroup.setObjectName(u"actasGroup")
        self.actasLayout = QVBoxLayout(self.actasGroup)
        self.actasLayout.setObjectName(u"actasLayout")
        self.usageLabel = QLabel(self.actasGroup)
        self.usageLabel.setObjectName(u"usageLabel")
        self.usageLabel.setWordWrap(True)

        self.actasLayout.addWidget(self.usageLabel)

        self.actasView = QTableView(self.actasGroup)
        self.actasView.setObjectName(u"actasView")
        self.actasView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.actasView.setAlternatingRowColors(True)
        self.actasView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.actasView.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.actasLayout.addWidget(self.actasView)

        self.actaButtonsLayout = QHBoxLayout()
        self.actaButtonsLayout.setObjectName(u"actaButtonsLayout")
        self.previewActaButton = QPushButton(self.actasGroup)
        self.previewActaButton.setObjectName(u"previewActaButton")
        self.previewActaButton.setAutoDefault(False)

        self.actaButtonsLayout.addWidget(self.previewActaButton)

        self.scanButton = QPushButton(self.actasGroup)
        self.scanButton.setObjectName(u"scanButton")
        self.scanButton.setAutoDefault(False)

        self.actaButtonsLayout.addWidget(self.scanButton)

        self.actaButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actaButtonsLayout.addItem(self.actaButtonsSpacer)


        self.actasLayout.addLayout(self.actaButtonsLayout)


        self.sectionLayout.addWidget(self.actasGroup)

        self.statusLabel = QLabel(MinuteBooksSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.sectionLayout.addWidget(self.statusLabel)

        QWidget.setTabOrder(self.newBookButton, self.editBookButton)
        QWidget.setTabOrder(self.editBookButton, self.closeBookButton)
        QWidget.setTabOrder(self.closeBookButton, self.booksView)
        QWidget.setTabOrder(self.booksView, self.actasView)
        QWidget.setTabOrder(self.actasView, self.previewActaButton)
        QWidget.setTabOrder(self.previewActaButton, self.scanButton)

        self.retranslateUi(MinuteBooksSection)
    # setupUi

    def retranslateUi(self, MinuteBooksSection):
        self.titleLabel.setText(QCoreApplication.translate("MinuteBooksSection", u"Libros de actas", None))
        self.hintLabel.setText(QCoreApplication.translate("MinuteBooksSection", u"Libros legalizados por notario con sus folios numerados. Cada acta ocupa un rango de folios continuo dentro del libro, sin superponerse a otra (Ley 27444, \u00f3rganos colegiados).", None))
        self.newBookButton.setText(QCoreApplication.translate("MinuteBooksSection", u"&Nuevo libro\u2026", None))
#if QT_CONFIG(tooltip)
        self.newBookButton.setToolTip(QCoreApplication.translate("MinuteBooksSection", u"Registrar un libro de actas legalizado: n\u00famero, notario, fecha y folios", None))
#endif // QT_CONFIG(tooltip)
        self.editBookButton.setText(QCoreApplication.translate("MinuteBooksSection", u"&Modificar libro\u2026", None))
        self.closeBookButton.setText(QCoreApplication.translate("MinuteBooksSection", u"&Cerrar libro\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeBookButton.setToolTip(QCoreApplication.translate("MinuteBooksSection", u"Cerrar el libro elegido: ya no se registran actas en \u00e9l", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.booksView.setAccessibleName(QCoreApplication.translate("MinuteBooksSection", u"Libros de actas", None))
#endif // QT_CONFIG(accessibility)
        self.booksView.setProperty(u"emptyText", QCoreApplication.translate("MinuteBooksSection", u"A\u00fan no hay libros de actas. Registre el libro legalizado con \u00abNuevo libro\u2026\u00bb (Ctrl+N).", None))
        self.warningLabel.setStyleSheet(QCoreApplication.translate("MinuteBooksSection", u"color: #8a5a00; background: #fff4d6; padding: 6px; border-radius: 3px;", None))
        self.warningLabel.setText("")
        self.actasGroup.setTitle(QCoreApplication.translate("MinuteBooksSection", u"Actas del libro", None))
        self.usageLabel.setText("")
        self.actasView.setProperty(u"emptyText", QCoreApplication.translate("MinuteBooksSection", u"Este libro a\u00fan no tiene actas.", None))
        self.previewActaButton.setText(QCoreApplication.translate("MinuteBooksSection", u"&Ver e imprimir el acta\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewActaButton.setToolTip(QCoreApplication.translate("MinuteBooksSection", u"Vista previa del acta elegida, para imprimirla o guardarla como PDF", None))
#endif // QT_CONFIG(tooltip)
        self.scanButton.setText(QCoreApplication.translate("MinuteBooksSection", u"Ver el &escaneado", None))
#if QT_CONFIG(tooltip)
        self.scanButton.setToolTip(QCoreApplication.translate("MinuteBooksSection", u"Abre el acta firmada escaneada (se adjunta con Configuraci\u00f3n \u203a Adjuntar archivo escaneado\u2026)", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
        pass
    # retranslateUi
