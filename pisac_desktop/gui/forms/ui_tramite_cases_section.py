# Generated from ui/tramite_cases_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 7d0b3a5818da824141913446b410257fbfdd2c40d7c48d6d87bb1179097bb951
# uic: uic 6.11.3
# output-sha256: f7c440c5561ca7bc8b032e23fdc3ddf1c2e550de58c269eaafed71ea9b1212d4
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tramite_cases_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_TramiteCasesSection(object):
    def setupUi(self, TramiteCasesSection):
        if not TramiteCasesSection.objectName():
            TramiteCasesSection.setObjectName(u"TramiteCasesSection")
        TramiteCasesSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(TramiteCasesSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(TramiteCasesSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.unitLabel = QLabel(TramiteCasesSection)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(TramiteCasesSection)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumContentsLength(28)
        self.unitCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.unitCombo)

        self.searchLabel = QLabel(TramiteCasesSection)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(TramiteCasesSection)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMaxLength(200)
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.sectionLayout.addLayout(self.filterLayout)

        self.trayLayout = QHBoxLayout()
        self.trayLayout.setObjectName(u"trayLayout")

        self.sectionLayout.addLayout(self.trayLayout)

        self.splitter = QSplitter(TramiteCasesSection)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.casesView = QTableView(self.splitter)
        self.casesView.setObjectName(u"casesView")
        self.casesView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.casesView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.casesView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.casesView.setAlternatingRowColors(True)
        self.casesView.setTabKeyNavigation(False)
        self.casesView.setWordWrap(False)
        self.splitter.addWidget(self.casesView)
        self.detailPanel = QWidget(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.headingLabel = QLabel(self.detailPanel)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.detailLayout.addWidget(self.headingLabel)

        self.nextStepLabel = QLabel(self.detailPanel)
        self.nextStepLabel.setObjectName(u"nextStepLabel")
        self.nextStepLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.nextStepLabel)

        self.detailBrowser = QTextBrowser(self.detailPanel)
        self.detailBrowser.setObjectName(u"detailBrowser")
        self.detailBrowser.setOpenLinks(False)

        self.detailLayout.addWidget(self.detailBrowser)

        self.actionsLayout = QGridLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.receiveButton = QPushButton(self.detailPanel)
        self.receiveButton.setObjectName(u"receiveButton")
        self.receiveButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.receiveButton, 0, 0, 1, 1)

        self.referButton = QPushButton(self.detailPanel)
        self.referButton.setObjectName(u"referButton")
        self.referButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.referButton, 0, 1, 1, 1)

        self.answerButton = QPushButton(self.detailPanel)
        self.answerButton.setObjectName(u"answerButton")
        self.answerButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.answerButton, 0, 2, 1, 1)

        self.archiveButton = QPushButton(self.detailPanel)
        self.archiveButton.setObjectName(u"archiveButton")
        self.archiveButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.archiveButton, 1, 0, 1, 1)

        self.annulButton = QPushButton(self.detailPanel)
        self.annulButton.setObjectName(u"annulButton")
        self.annulButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.annulButton, 1, 1, 1, 1)

        self.completeButton = QPushButton(self.detailPanel)
        self.completeButton.setObjectName(u"completeButton")
        self.completeButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.completeButton, 1, 2, 1, 1)

        self.routingButton = QPushButton(self.detailPanel)
        self.routingButton.setObjectName(u"routingButton")
        self.routingButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.routingButton, 2, 0, 1, 1)

        self.cargoButton = QPushButton(self.detailPanel)
        self.cargoButton.setObjectName(u"cargoButton")
        self.cargoButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.cargoButton, 2, 1, 1, 1)

        self.documentButton = QPushButton(self.detailPanel)
        self.documentButton.setObjectName(u"documentButton")
        self.documentButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.documentButton, 2, 2, 1, 1)


        self.detailLayout.addLayout(self.actionsLayout)

        self.splitter.addWidget(self.detailPanel)

        self.sectionLayout.addWidget(self.splitter)

        self.statusLabel = QLabel(TramiteCasesSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitCombo, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.casesView)
        QWidget.setTabOrder(self.casesView, self.receiveButton)
        QWidget.setTabOrder(self.receiveButton, self.referButton)
        QWidget.setTabOrder(self.referButton, self.answerButton)
        QWidget.setTabOrder(self.answerButton, self.archiveButton)
        QWidget.setTabOrder(self.archiveButton, self.annulButton)
        QWidget.setTabOrder(self.annulButton, self.completeButton)
        QWidget.setTabOrder(self.completeButton, self.routingButton)
        QWidget.setTabOrder(self.routingButton, self.cargoButton)
        QWidget.setTabOrder(self.cargoButton, self.documentButton)
        QWidget.setTabOrder(self.documentButton, self.detailBrowser)

        self.retranslateUi(TramiteCasesSection)
    # setupUi

    def retranslateUi(self, TramiteCasesSection):
        self.titleLabel.setText(QCoreApplication.translate("TramiteCasesSection", u"Expedientes", None))
        self.unitLabel.setText(QCoreApplication.translate("TramiteCasesSection", u"&Unidad:", None))
        self.searchLabel.setText(QCoreApplication.translate("TramiteCasesSection", u"&Buscar:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TramiteCasesSection", u"N\u00b0 de expediente (2026-121), DNI o RUC, o palabras del nombre o del asunto; Intro busca", None))
#if QT_CONFIG(accessibility)
        self.casesView.setAccessibleName(QCoreApplication.translate("TramiteCasesSection", u"Expedientes", None))
#endif // QT_CONFIG(accessibility)
        self.casesView.setProperty(u"emptyText", QCoreApplication.translate("TramiteCasesSection", u"No hay expedientes en esta bandeja con estos filtros. Elija otra bandeja o limpie la b\u00fasqueda.", None))
        self.headingLabel.setText("")
        self.nextStepLabel.setStyleSheet(QCoreApplication.translate("TramiteCasesSection", u"font-weight: bold;", None))
        self.nextStepLabel.setText("")
        self.receiveButton.setText(QCoreApplication.translate("TramiteCasesSection", u"&Recibir", None))
#if QT_CONFIG(tooltip)
        self.receiveButton.setToolTip(QCoreApplication.translate("TramiteCasesSection", u"La unidad toma el expediente: queda a su cargo desde ahora.", None))
#endif // QT_CONFIG(tooltip)
        self.referButton.setText(QCoreApplication.translate("TramiteCasesSection", u"&Derivar\u2026", None))
#if QT_CONFIG(tooltip)
        self.referButton.setToolTip(QCoreApplication.translate("TramiteCasesSection", u"Enviar el expediente a otra unidad con un prove\u00eddo.", None))
#endif // QT_CONFIG(tooltip)
        self.answerButton.setText(QCoreApplication.translate("TramiteCasesSection", u"A&tender\u2026", None))
#if QT_CONFIG(tooltip)
        self.answerButton.setToolTip(QCoreApplication.translate("TramiteCasesSection", u"Registrar c\u00f3mo se respondi\u00f3 al administrado.", None))
#endif // QT_CONFIG(tooltip)
        self.archiveButton.setText(QCoreApplication.translate("TramiteCasesSection", u"Arc&hivar\u2026", None))
#if QT_CONFIG(tooltip)
        self.archiveButton.setToolTip(QCoreApplication.translate("TramiteCasesSection", u"Guardar el expediente en el archivo de gesti\u00f3n de la unidad.", None))
#endif // QT_CONFIG(tooltip)
        self.annulButton.setText(QCoreApplication.translate("TramiteCasesSection", u"A&nular\u2026", None))
#if QT_CONFIG(tooltip)
        self.annulButton.setToolTip(QCoreApplication.translate("TramiteCasesSection", u"Anular un registro equivocado; conserva su n\u00famero.", None))
#endif // QT_CONFIG(tooltip)
        self.completeButton.setText(QCoreApplication.translate("TramiteCasesSection", u"&Subsan\u00f3 requisitos\u2026", None))
#if QT_CONFIG(tooltip)
        self.completeButton.setToolTip(QCoreApplication.translate("TramiteCasesSection", u"El administrado complet\u00f3 lo que faltaba: el plazo corre desde hoy.", None))
#endif // QT_CONFIG(tooltip)
        self.routingButton.setText(QCoreApplication.translate("TramiteCasesSection", u"Ho&ja de ruta\u2026", None))
#if QT_CONFIG(tooltip)
        self.routingButton.setToolTip(QCoreApplication.translate("TramiteCasesSection", u"Imprimir la hoja de ruta: cada paso, qui\u00e9n, cu\u00e1ndo y los d\u00edas h\u00e1biles que tom\u00f3.", None))
#endif // QT_CONFIG(tooltip)
        self.cargoButton.setText(QCoreApplication.translate("TramiteCasesSection", u"Car&go\u2026", None))
#if QT_CONFIG(tooltip)
        self.cargoButton.setToolTip(QCoreApplication.translate("TramiteCasesSection", u"Volver a imprimir el cargo de recepci\u00f3n y el r\u00f3tulo del folder.", None))
#endif // QT_CONFIG(tooltip)
        self.documentButton.setText(QCoreApplication.translate("TramiteCasesSection", u"Redactar &documento\u2026", None))
#if QT_CONFIG(tooltip)
        self.documentButton.setToolTip(QCoreApplication.translate("TramiteCasesSection", u"Un informe, un oficio o una carta de la unidad para este expediente (se emite e imprime en Documentos de la unidad).", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText("")
        pass
    # retranslateUi
