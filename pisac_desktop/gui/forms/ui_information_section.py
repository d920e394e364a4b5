# Generated from ui/information_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 50fae00a1ac6b03a477373b185ee039b30a824b58e6e9f9e8bcf97bdcb20ebb9
# uic: uic 6.11.3
# output-sha256: 41eb5c0bec6fe59a6304880cc95610c4b0f7a54da6db1b369e696fa6b7b1188f
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'information_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_InformationSection(object):
    def setupUi(self, InformationSection):
        if not InformationSection.objectName():
            InformationSection.setObjectName(u"InformationSection")
        InformationSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(InformationSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(InformationSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(InformationSection)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.descriptionLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(InformationSection)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(InformationSection)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.filterLayout.addWidget(self.yearSpin)

        self.showLabel = QLabel(InformationSection)
        self.showLabel.setObjectName(u"showLabel")

        self.filterLayout.addWidget(self.showLabel)

        self.showCombo = QComboBox(InformationSection)
        self.showCombo.setObjectName(u"showCombo")

        self.filterLayout.addWidget(self.showCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.officerButton = QPushButton(InformationSection)
        self.officerButton.setObjectName(u"officerButton")

        self.filterLayout.addWidget(self.officerButton)

        self.registerPdfButton = QPushButton(InformationSection)
        self.registerPdfButton.setObjectName(u"registerPdfButton")

        self.filterLayout.addWidget(self.registerPdfButton)

        self.excelButton = QPushButton(InformationSection)
        self.excelButton.setObjectName(u"excelButton")

        self.filterLayout.addWidget(self.excelButton)


        self.sectionLayout.addLayout(self.filterLayout)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(InformationSection)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.receiveButton = QPushButton(InformationSection)
        self.receiveButton.setObjectName(u"receiveButton")

        self.buttonLayout.addWidget(self.receiveButton)

        self.extendButton = QPushButton(InformationSection)
        self.extendButton.setObjectName(u"extendButton")

        self.buttonLayout.addWidget(self.extendButton)

        self.feeButton = QPushButton(InformationSection)
        self.feeButton.setObjectName(u"feeButton")

        self.buttonLayout.addWidget(self.feeButton)

        self.paymentButton = QPushButton(InformationSection)
        self.paymentButton.setObjectName(u"paymentButton")

        self.buttonLayout.addWidget(self.paymentButton)

        self.letterButton = QPushButton(InformationSection)
        self.letterButton.setObjectName(u"letterButton")

        self.buttonLayout.addWidget(self.letterButton)

        self.answerButton = QPushButton(InformationSection)
        self.answerButton.setObjectName(u"answerButton")

        self.buttonLayout.addWidget(self.answerButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.sectionLayout.addLayout(self.buttonLayout)

        self.splitter = QSplitter(InformationSection)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.requestsView = QTableView(self.splitter)
        self.requestsView.setObjectName(u"requestsView")
        self.requestsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.requestsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.requestsView.setAlternatingRowColors(True)
        self.requestsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.requestsView.setWordWrap(False)
        self.splitter.addWidget(self.requestsView)
        self.detailBrowser = QTextBrowser(self.splitter)
        self.detailBrowser.setObjectName(u"detailBrowser")
        self.detailBrowser.setOpenLinks(False)
        self.splitter.addWidget(self.detailBrowser)

        self.sectionLayout.addWidget(self.splitter)

        self.statusLabel = QLabel(InformationSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.showLabel.setBuddy(self.showCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.showCombo)
        QWidget.setTabOrder(self.showCombo, self.officerButton)
        QWidget.setTabOrder(self.officerButton, self.registerPdfButton)
        QWidget.setTabOrder(self.registerPdfButton, self.excelButton)
        QWidget.setTabOrder(self.excelButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.receiveButton)
        QWidget.setTabOrder(self.receiveButton, self.extendButton)
        QWidget.setTabOrder(self.extendButton, self.feeButton)
        QWidget.setTabOrder(self.feeButton, self.paymentButton)
        QWidget.setTabOrder(self.paymentButton, self.letterButton)
        QWidget.setTabOrder(self.letterButton, self.answerButton)
        QWidget.setTabOrder(self.answerButton, self.requestsView)
        QWidget.setTabOrder(self.requestsView, self.detailBrowser)

        self.retranslateUi(InformationSection)
    # setupUi

    def retranslateUi(self, InformationSection):
        self.titleLabel.setText(QCoreApplication.translate("InformationSection", u"Acceso a la informaci\u00f3n p\u00fablica", None))
        self.descriptionLabel.setText(QCoreApplication.translate("InformationSection", u"Solicitudes de la Ley 27806: se responden en 10 d\u00edas h\u00e1biles, prorrogables una sola vez si se comunica dentro de los 2 primeros; el costo de reproducci\u00f3n se paga antes de la entrega; solo se deniega por las excepciones de los art\u00edculos 15 a 17. Sin respuesta en plazo, el solicitante puede tenerla por denegada.", None))
        self.yearLabel.setText(QCoreApplication.translate("InformationSection", u"&A\u00f1o:", None))
        self.showLabel.setText(QCoreApplication.translate("InformationSection", u"&Mostrar:", None))
        self.officerButton.setText(QCoreApplication.translate("InformationSection", u"&Funcionario responsable\u2026", None))
#if QT_CONFIG(tooltip)
        self.officerButton.setToolTip(QCoreApplication.translate("InformationSection", u"Qui\u00e9n atiende las solicitudes: el designado por resoluci\u00f3n de alcald\u00eda (Ley 27806, art. 8).", None))
#endif // QT_CONFIG(tooltip)
        self.registerPdfButton.setText(QCoreApplication.translate("InformationSection", u"&Registro y reporte anual\u2026", None))
        self.excelButton.setText(QCoreApplication.translate("InformationSection", u"E&xcel\u2026", None))
        self.newButton.setText(QCoreApplication.translate("InformationSection", u"&Nueva solicitud\u2026", None))
        self.receiveButton.setText(QCoreApplication.translate("InformationSection", u"&Recibir", None))
        self.extendButton.setText(QCoreApplication.translate("InformationSection", u"&Prorrogar\u2026", None))
        self.feeButton.setText(QCoreApplication.translate("InformationSection", u"&Costo\u2026", None))
        self.paymentButton.setText(QCoreApplication.translate("InformationSection", u"Pa&go\u2026", None))
        self.letterButton.setText(QCoreApplication.translate("InformationSection", u"Redactar &carta\u2026", None))
        self.answerButton.setText(QCoreApplication.translate("InformationSection", u"Res&ponder\u2026", None))
#if QT_CONFIG(accessibility)
        self.requestsView.setAccessibleName(QCoreApplication.translate("InformationSection", u"Solicitudes de acceso a la informaci\u00f3n", None))
#endif // QT_CONFIG(accessibility)
        self.requestsView.setProperty(u"emptyText", QCoreApplication.translate("InformationSection", u"No hay solicitudes de acceso a la informaci\u00f3n con estos filtros. Las solicitudes ingresan por Mesa de Partes.", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
