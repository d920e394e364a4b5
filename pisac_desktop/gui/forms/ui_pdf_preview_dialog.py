# Generated from ui/pdf_preview_dialog.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 9a73c181f156445f22d3e1e60f7ce96ad613ff34bd2e35450fbaab06cb116643
# uic: uic 6.11.3
# output-sha256: 27ff9ebe039910bddb22399614fa38cb66060b4b5a139f01d43be91748beb0e6
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(900, 760)
        self.dialogLayout = QVBoxLayout(PdfPreviewDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.titleLabel = QLabel(PdfPreviewDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.toolbarLayout.addWidget(self.titleLabel)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.pagesLabel = QLabel(PdfPreviewDialog)
        self.pagesLabel.setObjectName(u"pagesLabel")

        self.toolbarLayout.addWidget(self.pagesLabel)

        self.pagesSpacer = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.pagesSpacer)

        self.zoomLabel = QLabel(PdfPreviewDialog)
        self.zoomLabel.setObjectName(u"zoomLabel")

        self.toolbarLayout.addWidget(self.zoomLabel)

        self.zoomCombo = QComboBox(PdfPreviewDialog)
        self.zoomCombo.addItem("")
        self.zoomCombo.addItem("")
        self.zoomCombo.addItem("")
        self.zoomCombo.addItem("")
        self.zoomCombo.addItem("")
        self.zoomCombo.addItem("")
        self.zoomCombo.addItem("")
        self.zoomCombo.setObjectName(u"zoomCombo")
        self.zoomCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.toolbarLayout.addWidget(self.zoomCombo)


        self.dialogLayout.addLayout(self.toolbarLayout)

        self.viewerHost = QWidget(PdfPreviewDialog)
        self.viewerHost.setObjectName(u"viewerHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.viewerHost.sizePolicy().hasHeightForWidth())
        self.viewerHost.setSizePolicy(sizePolicy)
        self.viewerLayout = QVBoxLayout(self.viewerHost)
        self.viewerLayout.setObjectName(u"viewerLayout")
        self.viewerLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addWidget(self.viewerHost)

        self.messageLabel = QLabel(PdfPreviewDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.printButton = QPushButton(PdfPreviewDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(PdfPreviewDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveButton)

        self.openButton = QPushButton(PdfPreviewDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.openButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(PdfPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.zoomLabel.setBuddy(self.zoomCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PdfPreviewDialog)

        self.printButton.setDefault(True)

    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Vista previa", None))
        self.titleLabel.setStyleSheet(QCoreApplication.translate("PdfPreviewDialog", u"font-weight: bold;", None))
        self.titleLabel.setText("")
        self.pagesLabel.setText("")
        self.zoomLabel.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Zoom:", None))
        self.zoomCombo.setItemText(0, QCoreApplication.translate("PdfPreviewDialog", u"Ajustar al ancho", None))
        self.zoomCombo.setItemText(1, QCoreApplication.translate("PdfPreviewDialog", u"P\u00e1gina entera", None))
        self.zoomCombo.setItemText(2, QCoreApplication.translate("PdfPreviewDialog", u"50 %", None))
        self.zoomCombo.setItemText(3, QCoreApplication.translate("PdfPreviewDialog", u"75 %", None))
        self.zoomCombo.setItemText(4, QCoreApplication.translate("PdfPreviewDialog", u"100 %", None))
        self.zoomCombo.setItemText(5, QCoreApplication.translate("PdfPreviewDialog", u"150 %", None))
        self.zoomCombo.setItemText(6, QCoreApplication.translate("PdfPreviewDialog", u"200 %", None))

        self.messageLabel.setText("")
        self.printButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Imprimir\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Guardar como PDF\u2026", None))
        self.openButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Abrir con el visor del sistema", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("PdfPreviewDialog", u"Abrir una copia del PDF en el programa de PDF de la computadora", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Cerrar", None))
    # retranslateUi
