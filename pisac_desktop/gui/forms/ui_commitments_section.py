# Generated from ui/commitments_section.ui by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file
# in Qt Designer and run `python tools/build_ui.py`.
# source-sha256: 309f58c1bd69c97232524d1ed1e45fa1445bad89ce240fb5ff6378abcebb7c4f
# uic: uic 6.11.3
# output-sha256: a9bc780290defc2695ef63e5864fc865b3e1c00781121e97c48ee1f662e75401
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commitments_section.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_CommitmentsSection(object):
    def setupUi(self, CommitmentsSection):
        if not CommitmentsSection.objectName():
            CommitmentsSection.setObjectName(u"CommitmentsSection")
        CommitmentsSection.resize(1100, 650)
        self.sectionLayout = QVBoxLayout(CommitmentsSection)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.titleLabel = QLabel(CommitmentsSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.sectionLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(CommitmentsSection)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.descriptionLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.unitLabel = QLabel(CommitmentsSection)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filterLayout.addWidget(self.unitLabel)

        self.unitCombo = QComboBox(CommitmentsSection)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setMinimumContentsLength(22)

        self.filterLayout.addWidget(self.unitCombo)

        self.statusFilterLabel = QLabel(CommitmentsSection)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel)

        self.statusCombo = QComboBox(CommitmentsSection)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.councilOnlyCheck = QCheckBox(CommitmentsSection)
        self.councilOnlyCheck.setObjectName(u"councilOnlyCheck")

        self.filterLayout.addWidget(self.councilOnlyCheck)

        self.fromLabel = QLabel(CommitmentsSection)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterLayout.addWidget(self.fromLabel)

        self.fromDateEdit = QDateEdit(CommitmentsSection)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(CommitmentsSection)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDateEdit = QDateEdit(CommitmentsSection)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toDateEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.sectionLayout.addLayout(self.filterLayout)

        self.commitmentsGroup = QGroupBox(CommitmentsSection)
        self.commitmentsGroup.setObjectName(u"commitmentsGroup")
        self.commitmentsLayout = QVBoxLayout(self.commitmentsGroup)
        self.commitmentsLayout.setObjectName(u"commitmentsLayout")
        self.commitmentsButtons = QHBoxLayout()
        self.commitmentsButtons.setObjectName(u"commitmentsButtons")
        self.newButton = QPushButton(self.commitmentsGroup)
        self.newButton.setObjectName(u"newButton")

        self.commitmentsButtons.addWidget(self.newButton)

        self.reportButton = QPushButton(self.commitmentsGroup)
        self.reportButton.setObjectName(u"reportButton")

        self.commitmentsButtons.addWidget(self.reportButton)

        self.reprogramButton = QPushButton(self.commitmentsGroup)
        self.reprogramButton.setObjectName(u"reprogramButton")

        self.commitmentsButtons.addWidget(self.reprogramButton)

        self.reopenButton = QPushButton(self.commitmentsGroup)
        self.reopenButton.setObjectName(u"reopenButton")

        self.commitmentsButtons.addWidget(self.reopenButton)

        self.evidenceButton = QPushButton(self.commitmentsGroup)
        self.evidenceButton.setObjectName(u"evidenceButton")

        self.commitmentsButtons.addWidget(self.evidenceButton)

        self.complianceButton = QPushButton(self.commitmentsGroup)
        self.complianceButton.setObjectName(u"complianceButton")

        self.commitmentsButtons.addWidget(self.complianceButton)

        self.excelButton = QPushButton(self.commitmentsGroup)
        self.excelButton.setObjectName(u"excelButton")

        self.commitmentsButtons.addWidget(self.excelButton)

        self.commitmentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commitmentsButtons.addItem(self.commitmentsSpacer)


        self.commitmentsLayout.addLayout(self.commitmentsButtons)

        self.commitmentsSplitter = QSplitter(self.commitmentsGroup)
        self.commitmentsSplitter.setObjectName(u"commitmentsSplitter")
        self.commitmentsSplitter.setOrientation(Qt.Horizontal)
        self.commitmentsSplitter.setChildrenCollapsible(False)
        self.commitmentsView = QTableView(self.commitmentsSplitter)
        self.commitmentsView.setObjectName(u"commitmentsView")
        self.commitmentsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.commitmentsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.commitmentsView.setAlternatingRowColors(True)
        self.commitmentsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.commitmentsView.setWordWrap(False)
        self.commitmentsSplitter.addWidget(self.commitmentsView)
        self.commitmentBrowser = QTextBrowser(self.commitmentsSplitter)
        self.commitmentBrowser.setObjectName(u"commitmentBrowser")
        self.commitmentBrowser.setOpenLinks(False)
        self.commitmentsSplitter.addWidget(self.commitmentBrowser)

        self.commitmentsLayout.addWidget(self.commitmentsSplitter)

        self.commitmentsLayout.setStretch(1, 1)

        self.sectionLayout.addWidget(self.commitmentsGroup)

        self.statusLabel = QLabel(CommitmentsSection)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.statusLabel)

        self.sectionLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.unitLabel.setBuddy(self.unitCombo)
        self.statusFilterLabel.setBuddy(self.statusCombo)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unitCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.councilOnlyCheck)
        QWidget.setTabOrder(self.councilOnlyCheck, self.fromDateEdit)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.newButton)
        QWidget.setTabOrder(self.newButton, self.reportButton)
        QWidget.setTabOrder(self.reportButton, self.reprogramButton)
        QWidget.setTabOrder(self.reprogramButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.evidenceButton)
        QWidget.setTabOrder(self.evidenceButton, self.complianceButton)
        QWidget.setTabOrder(self.complianceButton, self.excelButton)
        QWidget.setTabOrder(self.excelButton, self.commitmentsView)
        QWidget.setTabOrder(self.commitmentsView, self.commitmentBrowser)

        self.retranslateUi(CommitmentsSection)
    # setupUi

    def retranslateUi(self, CommitmentsSection):
        self.titleLabel.setText(QCoreApplication.translate("CommitmentsSection", u"Seguimiento de acuerdos", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CommitmentsSection", u"Lo que ordenan los acuerdos, ordenanzas, decretos y resoluciones emitidos, encargado a la unidad responsable con su plazo (ROF art. 32: seguimiento y cumplimiento de los acuerdos y ordenanzas). Cada unidad informa su avance con evidencia; los vencidos se ven en rojo y en el Resumen; el reporte de cumplimiento se imprime para el concejo.", None))
        self.unitLabel.setText(QCoreApplication.translate("CommitmentsSection", u"&Unidad:", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("CommitmentsSection", u"&Mostrar:", None))
        self.councilOnlyCheck.setText(QCoreApplication.translate("CommitmentsSection", u"Solo acuerdos del &concejo", None))
        self.fromLabel.setText(QCoreApplication.translate("CommitmentsSection", u"Documentos &desde:", None))
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("CommitmentsSection", u"dd/MM/yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("CommitmentsSection", u"&hasta:", None))
        self.toDateEdit.setDisplayFormat(QCoreApplication.translate("CommitmentsSection", u"dd/MM/yyyy", None))
        self.commitmentsGroup.setTitle(QCoreApplication.translate("CommitmentsSection", u"Compromisos", None))
        self.newButton.setText(QCoreApplication.translate("CommitmentsSection", u"&Nuevo compromiso\u2026", None))
        self.reportButton.setText(QCoreApplication.translate("CommitmentsSection", u"&Informar avance\u2026", None))
        self.reprogramButton.setText(QCoreApplication.translate("CommitmentsSection", u"Re&programar\u2026", None))
        self.reopenButton.setText(QCoreApplication.translate("CommitmentsSection", u"Rea&brir\u2026", None))
        self.evidenceButton.setText(QCoreApplication.translate("CommitmentsSection", u"&Ver evidencia", None))
        self.complianceButton.setText(QCoreApplication.translate("CommitmentsSection", u"Reporte de cumplimien&to (PDF)\u2026", None))
        self.excelButton.setText(QCoreApplication.translate("CommitmentsSection", u"E&xcel\u2026", None))
#if QT_CONFIG(accessibility)
        self.commitmentsView.setAccessibleName(QCoreApplication.translate("CommitmentsSection", u"Compromisos", None))
#endif // QT_CONFIG(accessibility)
        self.commitmentsView.setProperty(u"emptyText", QCoreApplication.translate("CommitmentsSection", u"No hay compromisos con estos filtros. Cree uno desde un acuerdo emitido con \u00abNuevo compromiso\u2026\u00bb (Ctrl+N), o cambie los filtros.", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
